import { css } from 'lit';

/**
 * Styles every widget shares: the scheme variables, the states, the footer and the visually
 * hidden summary and table. Public custom properties are read here and nowhere else.
 */
export const baseStyles = css`
  :host {
    display: block;
    contain: content;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    --_bg: var(--maltal-bg, #ffffff);
    --_fg: var(--maltal-fg, #1a1a1a);
    --_muted: var(--maltal-muted, #545454);
    --_grid: var(--maltal-grid, #d9d9d9);
    --_accent: var(--maltal-accent, #0a58a8);
    --_reference: var(--maltal-reference-color, #6b6b6b);
    --_badge-bg: var(--maltal-badge-bg, #fff3c4);
    --_badge-fg: var(--maltal-badge-fg, #4a3800);
    --_focus: var(--maltal-focus, #0a58a8);
    color-scheme: light;
    box-sizing: border-box;
    background: var(--_bg);
    color: var(--_fg);
    font-family: var(--maltal-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--maltal-font-size, 0.9375rem);
    line-height: 1.4;
    padding: var(--maltal-padding, 0.75rem);
    border-radius: var(--maltal-radius, 4px);
  }
  .frame.compact {
    padding: var(--maltal-padding, 0.5rem);
  }
  .frame[data-scheme='dark'] {
    --_bg: var(--maltal-bg-dark, #17181b);
    --_fg: var(--maltal-fg-dark, #ececec);
    --_muted: var(--maltal-muted-dark, #b4b4b4);
    --_grid: var(--maltal-grid-dark, #43464c);
    --_accent: var(--maltal-accent-dark, #8cc8ff);
    --_reference: var(--maltal-reference-color-dark, #a8a8a8);
    --_badge-bg: var(--maltal-badge-bg-dark, #5a4700);
    --_badge-fg: var(--maltal-badge-fg-dark, #fff3c4);
    --_focus: var(--maltal-focus-dark, #8cc8ff);
    color-scheme: dark;
  }
  .title {
    font-weight: 600;
    margin: 0 0 0.25rem;
    font-size: 1.05em;
    overflow-wrap: break-word;
  }
  .unit {
    font-weight: 400;
  }
  .subtitle {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .state {
    margin: 0;
    padding: 1rem 0;
    color: var(--_fg);
  }
  .state.error {
    border-left: 4px solid var(--_accent);
    padding-left: 0.75rem;
  }
  .state p {
    margin: 0;
  }
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 3px;
    padding: 0.2rem 0.75rem;
    margin-top: 0.5rem;
    cursor: pointer;
  }
  .footer {
    margin-top: 0.5rem;
    font-size: 0.8em;
    color: var(--_muted);
    overflow-wrap: break-word;
  }
  .footer p {
    margin: 0.15rem 0;
  }
  .footer a {
    color: var(--_accent);
    margin-left: 0.4rem;
  }
  .footer summary,
  .table-toggle summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .table-toggle {
    margin-top: 0.4rem;
    font-size: 0.9em;
  }
  /* No min-content of its own: a wide table scrolls here instead of widening a grid or flex column of the page. */
  .table-scroll {
    width: 0;
    min-width: 100%;
    overflow-x: auto;
  }
  table.data {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    margin-top: 0.3rem;
  }
  table.data caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.3rem;
  }
  table.data th,
  table.data td {
    padding: 0.2rem 0.5rem;
    border-bottom: 1px solid var(--_grid);
    text-align: right;
  }
  table.data th:first-child {
    text-align: left;
  }
  .badge {
    background: var(--_badge-bg);
    color: var(--_badge-fg);
    font-weight: 600;
    padding: 0.05rem 0.4rem;
    border-radius: 3px;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .frame {
      --_bg: Canvas;
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_grid: GrayText;
      --_accent: LinkText;
      --_focus: Highlight;
      --_reference: GrayText;
    }
  }
`;

/** The tooltip of a focused bar or area, placed by the element (compare, map). */
export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    transform: translateX(-50%);
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_muted);
    border-radius: 3px;
    padding: 0.3rem 0.5rem;
    font-size: 0.85em;
    pointer-events: none;
    white-space: nowrap;
    z-index: 1;
  }
`;
