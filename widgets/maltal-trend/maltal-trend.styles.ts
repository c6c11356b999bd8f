import { css } from 'lit';

export const trendStyles = css`
  .chart {
    position: relative;
  }
  svg {
    display: block;
    overflow: visible;
    max-width: 100%;
  }
  .legend {
    list-style: none;
    margin: 0 0 0.25rem;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.85em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
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
  .line {
    fill: none;
    stroke-width: var(--maltal-line-width, 2.25px);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .line.dashed {
    stroke-dasharray: 5 4;
  }
  .line.reference {
    stroke-width: 1.5px;
  }
  .break line {
    stroke: var(--_muted);
    stroke-dasharray: 2 3;
  }
  .break text {
    fill: var(--_muted);
    font-size: 10px;
  }
  .point {
    fill: var(--_bg);
    stroke-width: 2px;
    cursor: pointer;
  }
  .point.tentative {
    fill: var(--_bg);
    stroke-dasharray: 2 1.5;
  }
  .point:focus {
    outline: none;
  }
  .point:focus-visible,
  .point.active {
    stroke-width: 3px;
    fill: currentColor;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2px;
    pointer-events: none;
  }
  .tooltip {
    position: absolute;
    pointer-events: none;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_grid);
    border-radius: 3px;
    padding: 0.3rem 0.5rem;
    font-size: 0.8em;
    white-space: nowrap;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
    transform: translate(-50%, calc(-100% - 10px));
    z-index: 1;
  }
  .tooltip strong {
    display: block;
  }
  @media (forced-colors: active) {
    .line,
    .point {
      stroke: CanvasText !important;
    }
  }
`;
