import { css } from 'lit';

export const tableStyles = css`
  /* No min-content of its own: a wide table scrolls here instead of widening a grid or flex column of the page. */
  .scroll {
    width: 0;
    min-width: 100%;
    overflow-x: auto;
    container-type: inline-size;
  }
  table.data {
    width: 100%;
    margin: 0;
  }
  table.data th,
  table.data td {
    padding: 0.3rem 0.25rem;
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
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0 0.2rem;
    align-items: baseline;
    font-weight: 600;
    padding: 0;
    border: 0;
  }
  th:first-child button {
    justify-content: flex-start;
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
  /* Three places and the period fit a 320 px phone. */
  @container (max-width: 22rem) {
    table.data {
      font-size: 0.8em;
    }
    table.data th,
    table.data td {
      padding: 0.3rem 0.15rem;
    }
  }
`;
