import { css, unsafeCSS } from 'lit';
import { SEQUENTIAL_5, SEQUENTIAL_5_DARK } from './map-classes.ts';

const classVars = (colors: string[]) => colors.map((c, i) => `--_m${i + 1}: var(--maltal-map-color-${i + 1}, ${c});`).join('\n');

export const mapStyles = css`
  .frame {
    ${unsafeCSS(classVars(SEQUENTIAL_5))}
    --_missing: var(--maltal-map-missing, #f0f0f0);
    --_border: var(--maltal-map-border, var(--_bg));
  }
  .frame[data-scheme='dark'] {
    ${unsafeCSS(classVars(SEQUENTIAL_5_DARK))}
    --_missing: var(--maltal-map-missing, #3a3c40);
  }
  /* The legend beside the map from SIDE_PANEL_FROM px, else below it: decided by the width alone, so the
     map's height never moves the legend (an iframe that fits its chart to its height relies on it). */
  .chart {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem 1rem;
  }
  .chart.side {
    flex-direction: row;
    align-items: flex-start;
  }
  .map-box {
    position: relative;
    min-width: 0;
  }
  .map-side {
    flex: 1 1 auto;
    min-width: 0;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
  }
  .area {
    stroke: var(--_border);
    stroke-width: 0.75px;
    stroke-linejoin: round;
    fill-rule: evenodd;
    cursor: pointer;
    outline: none;
  }
  .chosen {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 2px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .outline {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .place-label {
    fill: var(--_fg);
    font-size: 12px;
    font-weight: 600;
    font-family: inherit;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .missing-bg {
    fill: var(--_missing);
  }
  .missing-line {
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .legend,
  .chosen-list {
    font-size: 0.85em;
    margin: 0 0 0.5rem;
  }
  .legend-title,
  .legend-note {
    margin: 0 0 0.2rem;
    font-weight: 600;
  }
  .legend-note {
    font-weight: 400;
    color: var(--_muted);
    margin-top: 0.2rem;
  }
  .legend ul,
  .chosen-list ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .count {
    color: var(--_muted);
  }
  .swatch {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .hint {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .area {
      stroke: CanvasText;
    }
  }
`;
