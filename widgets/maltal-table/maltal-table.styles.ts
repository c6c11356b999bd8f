import { css } from 'lit';

export const tableStyles = css`
  .scroll {
    overflow-x: auto;
  }
  table.data {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.4rem;
  }
  th,
  td {
    padding: 0.3rem 0.6rem;
    border-bottom: 1px solid var(--_grid);
    text-align: right;
  }
  th:first-child,
  td:first-child {
    text-align: left;
  }
  thead th {
    border-bottom: 2px solid var(--_fg);
    vertical-align: bottom;
  }
  tbody th {
    font-weight: 400;
  }
  th button {
    all: inherit;
    cursor: pointer;
    display: inline-flex;
    gap: 0.25rem;
    align-items: baseline;
    font-weight: 600;
    padding: 0;
    border: 0;
  }
  th button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .sort-icon {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .status {
    display: block;
    color: var(--_muted);
    font-size: 0.8em;
  }
`;
