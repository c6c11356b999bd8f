import { css } from 'lit';

export const figureStyles = css`
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem 1.25rem;
  }
  .headline {
    margin: 0;
  }
  .value {
    display: block;
    font-size: var(--maltal-figure-size, 2.5em);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    color: var(--_fg);
  }
  .place {
    color: var(--_muted);
  }
  .change {
    margin: 0.25rem 0 0;
  }
  .arrow {
    font-weight: 700;
    margin-right: 0.25rem;
  }
  .spark {
    display: block;
    overflow: visible;
  }
  .spark path {
    fill: none;
    stroke: var(--_c1);
    stroke-width: 2px;
    stroke-linejoin: round;
  }
  .spark path.dashed {
    stroke-dasharray: 4 3;
  }
  .spark circle {
    fill: var(--_c1);
  }
`;
