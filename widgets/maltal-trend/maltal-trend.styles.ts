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
  .grid {
    fill: none;
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
    r: 3.5px;
  }
  .reference .point {
    r: 2.5px;
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
  /* Above the point (the shared tooltip sits below its mark). */
  .tooltip {
    transform: translate(-50%, calc(-100% - 10px));
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
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
