/**
 * Which colour scheme a widget should draw in: the `theme` attribute, else the host page's
 * background behind the element, else its `color-scheme` and the reader's `prefers-color-scheme`.
 */

export type Scheme = 'light' | 'dark';

/** [r, g, b, a] of a computed CSS colour (`rgb()`/`rgba()`/`color(srgb …)`); undefined if unreadable. */
export function parseColor(value: string): [number, number, number, number] | undefined {
  const rgb = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(value);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? Number.parseFloat(rgb[4]) / 100 : Number(rgb[4]);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  const srgb = /color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\)/.exec(value);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  return undefined;
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The first mostly opaque background behind `element`, walking out through shadow roots. */
function backgroundBehind(element: Element): [number, number, number, number] | undefined {
  let node: Element | null = element;
  while (node) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color && color[3] >= 0.5) return color;
    const parent: Element | null = node.parentElement;
    node = parent ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

/** The scheme to draw `element` in. `theme` is the element's attribute (light, dark, or anything else for auto). */
export function detectScheme(element: Element, theme: string | null | undefined): Scheme {
  if (theme === 'light' || theme === 'dark') return theme;
  const background = backgroundBehind(element);
  if (background) return luminance(background) < 0.2 ? 'dark' : 'light';
  const colorScheme = declaredSchemes(element);
  const allowsDark = /\bdark\b/.test(colorScheme);
  const allowsLight = /\blight\b/.test(colorScheme);
  if (allowsDark && !allowsLight) return 'dark';
  if (allowsDark && allowsLight) return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return 'light';
}

/**
 * The schemes the page supports: its CSS `color-scheme`, else its `<meta name="color-scheme">`, which
 * darkens the page's canvas but leaves the computed property at `normal`.
 */
function declaredSchemes(element: Element): string {
  const css = getComputedStyle(element).colorScheme;
  if (css && css !== 'normal') return css;
  return element.ownerDocument.querySelector('meta[name="color-scheme" i]')?.getAttribute('content') ?? 'normal';
}
