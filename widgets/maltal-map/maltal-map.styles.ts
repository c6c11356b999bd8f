import { css, unsafeCSS } from 'lit';
import { SEQUENTIAL_5 } from './map-classes.ts';

const classVars = SEQUENTIAL_5.map((c, i) => `--_m${i + 1}: var(--maltal-map-color-${i + 1}, ${c});`).join('\n');

export const mapStyles = css`
  .frame {
    ${unsafeCSS(classVars)}
    --_missing: var(--maltal-map-missing, #f0f0f0);
    --_border: var(--maltal-map-border, #6b6b6b);
  }
  .frame[data-scheme='dark'] {
    --_missing: var(--maltal-map-missing, #3a3c40);
    --_border: var(--maltal-map-border, #17181b);
  }
  .chart {
    position: relative;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .area {
    stroke: var(--_border);
    stroke-width: 0.5px;
    stroke-linejoin: round;
    fill-rule: evenodd;
    cursor: pointer;
    outline: none;
  }
  .outline {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5px;
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
  .legend {
    font-size: 0.85em;
    margin: 0 0 0.5rem;
  }
  .legend-title,
  .legend-note {
    margin: 0 0 0.2rem;
  }
  .legend-note {
    color: var(--_muted);
    margin-top: 0.2rem;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.9rem;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
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
