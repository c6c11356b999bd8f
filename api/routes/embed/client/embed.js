// Måltal embed snippet for the page that holds the iframes (served as /widgets/v1/embed.js; load it
// once per page with <script src="…/widgets/v1/embed.js" defer>). For every iframe[data-maltal]:
// - sizes it to the height its /embed page reports ({type: 'maltal:resize', id, height, ready}),
//   through the CSSOM, which a site's `style-src 'self'` allows (a style="" attribute it blocks);
//   until the chart has drawn, the frame keeps its written height, so the page does not jump twice;
// - makes it full width and borderless where the iframe code did not say so itself;
// - tells it the page's colour scheme (the background behind it, else the page's color-scheme and
//   the reader's setting), again whenever the page switches theme.
(() => {
  if (window.maltalEmbed) return;
  // Held here so the media query (and its listener) lives as long as the page.
  const darkQuery = matchMedia('(prefers-color-scheme: dark)');
  window.maltalEmbed = { darkQuery };
  const MAX_HEIGHT = 20000;

  const frames = () => [...document.querySelectorAll('iframe[data-maltal]')];
  const originOf = (frame) => new URL(frame.src, location.href).origin;

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (data?.type !== 'maltal:resize' || typeof data.height !== 'number' || !(data.height >= 0)) return;
    for (const frame of frames()) {
      // The message's source window says which iframe sent it; the id is for pages that log it.
      if (frame.contentWindow !== event.source) continue;
      // And only our embed pages may size it, not a page the frame was navigated to.
      if (event.origin !== originOf(frame)) continue;
      if (data.ready === false && frame.dataset.maltalReady !== 'true') continue;
      frame.dataset.maltalReady = 'true';
      const style = getComputedStyle(frame);
      // With box-sizing: border-box (a common reset) the height includes the frame's border and padding.
      const extra =
        style.boxSizing === 'border-box'
          ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce(
              (sum, key) => sum + (parseFloat(style[key]) || 0),
              0,
            )
          : 0;
      const height = Math.min(Math.ceil(data.height + extra), MAX_HEIGHT);
      frame.style.setProperty('height', `${height}px`);
      frame.setAttribute('height', String(height));
    }
  });

  /** [r, g, b, a] of a computed colour, or undefined. */
  function rgba(value) {
    const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(value);
    if (!m) return undefined;
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : Number(m[4]);
    return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
  }

  function luminance([r, g, b]) {
    const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  }

  /** The scheme around `frame`, as the widgets judge it on a page of their own (widgets/lib/theme.ts). */
  function schemeAround(frame) {
    for (let node = frame.parentElement; node; node = node.parentElement) {
      const color = rgba(getComputedStyle(node).backgroundColor);
      if (color && color[3] >= 0.5) return luminance(color) < 0.2 ? 'dark' : 'light';
    }
    const colorScheme = getComputedStyle(document.documentElement).colorScheme || 'normal';
    const dark = /\bdark\b/.test(colorScheme);
    const light = /\blight\b/.test(colorScheme);
    if (dark && !light) return 'dark';
    if (dark && light) return darkQuery.matches ? 'dark' : 'light';
    return 'light';
  }

  // Neither message is a secret, and a frame that has not loaded yet still has this page's origin:
  // '*' rather than a warning for each; the frame acts only on messages from its parent.
  function greet(frame) {
    if (!frame.contentWindow) return;
    frame.contentWindow.postMessage({ type: 'maltal:theme', scheme: schemeAround(frame) }, '*');
    frame.contentWindow.postMessage({ type: 'maltal:request-size' }, '*');
  }

  function prepare(frame) {
    if (!frame.hasAttribute('width')) frame.style.setProperty('width', '100%');
    if (!frame.hasAttribute('frameborder')) frame.style.setProperty('border', '0');
    frame.style.setProperty('max-width', '100%');
    frame.addEventListener('load', () => greet(frame));
    greet(frame);
  }

  function start() {
    for (const frame of frames()) prepare(frame);
    const rescheme = () => frames().forEach(greet);
    darkQuery.addEventListener('change', rescheme);
    const watch = new MutationObserver(rescheme);
    for (const node of [document.documentElement, document.body]) {
      if (node)
        watch.observe(node, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme'] });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
