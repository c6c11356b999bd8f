import { css } from 'lit';

export const compareStyles = css`
  .chart {
    position: relative;
  }
  svg {
    display: block;
    overflow: visible;
    max-width: 100%;
  }
  .axis text {
    fill: var(--_muted);
    font-size: 11px;
    font-family: inherit;
  }
  .grid line {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .row {
    cursor: pointer;
    outline: none;
  }
  .row text {
    fill: var(--_fg);
    font-size: 12px;
    font-family: inherit;
  }
  .row .value.missing {
    fill: var(--_muted);
    font-style: italic;
  }
  .bar {
    fill: var(--maltal-bar-color, var(--_c1));
  }
  .highlighted .bar {
    fill: var(--maltal-highlight-color, var(--_c2));
  }
  .highlighted text {
    font-weight: 700;
  }
  .stripes {
    fill: url(#maltal-highlight-stripes);
  }
  .stripe {
    stroke: var(--_bg);
    stroke-width: 2;
    stroke-opacity: 0.6;
  }
  .row:focus-visible .bar,
  .row.active .bar {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .row:focus-visible .name {
    text-decoration: underline;
  }
  .reference line {
    stroke: var(--_reference);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .reference text {
    fill: var(--_fg);
    font-size: 11px;
    font-family: inherit;
  }
  @media (forced-colors: active) {
    .bar,
    .highlighted .bar {
      fill: CanvasText;
    }
    .stripe {
      stroke: Canvas;
    }
  }
`;
