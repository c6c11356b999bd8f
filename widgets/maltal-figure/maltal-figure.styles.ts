import { css } from 'lit';

export const figureStyles = css`
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem 1.5rem;
  }
  .headline {
    margin: 0;
    min-width: 0;
  }
  .value {
    display: block;
    font-weight: 700;
    line-height: 1.1;
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  .number {
    font-size: var(--maltal-figure-size, 2.5em);
    font-variant-numeric: tabular-nums;
  }
  .value-unit {
    font-size: 1.2em;
    font-weight: 600;
  }
  .place {
    color: var(--_muted);
  }
  .change {
    margin: 0.4rem 0 0;
  }
  .arrow {
    font-weight: 700;
    margin-right: 0.25rem;
  }
  .spark-box {
    margin: 0;
  }
  .spark {
    display: block;
    overflow: visible;
    max-width: 100%;
  }
  .spark path {
    fill: none;
    stroke: var(--_c1);
    stroke-width: 2.5px;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .spark path.dashed {
    stroke-dasharray: 4 3;
  }
  .spark circle {
    fill: var(--_c1);
  }
  .spark-periods {
    display: flex;
    justify-content: space-between;
    font-size: 0.75em;
    color: var(--_muted);
  }
`;
