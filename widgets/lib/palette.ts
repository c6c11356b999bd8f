import { css, unsafeCSS } from 'lit';

/**
 * Okabe & Ito's colour-blind-safe palette (Color Universal Design), starting with the colours that
 * keep contrast on white. Exposed as `--maltal-color-1` … `--maltal-color-8`.
 */
export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

/** Lighter variants for dark backgrounds, same order and hue. */
export const OKABE_ITO_DARK = ['#56B4E9', '#E69F00', '#3CC79D', '#E79FCB', '#F0E442', '#9AD3F5', '#FFFFFF', '#F5EC7A'];

/** `var(--maltal-color-N)` for the i-th series (0-based), cycling through the palette. */
export function seriesColor(index: number): string {
  return `var(--_c${(index % OKABE_ITO.length) + 1})`;
}

function declarations(colors: string[]): string {
  return colors.map((c, i) => `--_c${i + 1}: var(--maltal-color-${i + 1}, ${c});`).join('\n');
}

/** The palette's private variables for the light and the dark scheme (set on `.frame`). */
export const paletteStyles = css`
  .frame {
    ${unsafeCSS(declarations(OKABE_ITO))}
  }
  .frame[data-scheme='dark'] {
    ${unsafeCSS(declarations(OKABE_ITO_DARK))}
  }
`;
