// Inside an /embed page (served as /widgets/v1/embed-frame.js). Two ways to be embedded:
// - The parent page runs /widgets/v1/embed.js, which asks for our size ('maltal:request-size'):
//   we report the content's height whenever it changes, and as soon as the chart has drawn, since
//   Chromium pauses ResizeObserver in a cross-origin frame below the fold until it is scrolled to.
//   The parent may also tell us its colour scheme ('maltal:theme').
// - Nobody asks (a CMS that strips scripts): the frame keeps the height written in the iframe code,
//   and a chart with a height of its own (trend, map) grows or shrinks to fill it.
(() => {
  if (window.parent === window) return;
  const body = document.body;
  const id = body.dataset.maltalId || location.pathname + location.search;
  const element = [...body.children].find((el) => el.localName.startsWith('maltal-'));
  const themed = Boolean(element?.hasAttribute('theme'));
  const FILLS = ['maltal-trend', 'maltal-map'];
  let sized = false;
  let last = -1;

  /** The content's height: the bottom of the body (a flow root, never stretched to the frame). */
  function contentHeight() {
    return Math.ceil(body.getBoundingClientRect().bottom + window.scrollY);
  }

  /** Whether the chart has drawn, or shows its empty or error state: its height is final. */
  function settled() {
    return !element || ['ready', 'empty', 'error'].includes(element.state);
  }

  function report(force) {
    if (!sized) return;
    const height = contentHeight();
    if (!force && height === last) return;
    last = height;
    window.parent.postMessage({ type: 'maltal:resize', id, height, ready: settled() }, '*');
  }

  /**
   * Without embed.js: a trend or map takes the frame's height, less the title and footer around it.
   * One adjustment at a time, each measured after the element has drawn the last (a map that is
   * as wide as it can be stops growing; a few rounds at most).
   */
  let filling = false;
  let again = false;
  async function fill() {
    if (sized || !element || !FILLS.includes(element.localName) || !settled()) return;
    if (filling) {
      again = true;
      return;
    }
    filling = true;
    again = false;
    try {
      for (let round = 0; round < 4 && !sized; round++) {
        await element.updateComplete;
        const spare = window.innerHeight - contentHeight();
        const height = Number(element.height) || 0;
        const next = Math.max(160, Math.floor(height + spare));
        if (Math.abs(spare) <= 1 || height <= 0 || next === height) break;
        element.height = next;
      }
    } finally {
      filling = false;
    }
    if (again) void fill();
  }

  function changed() {
    if (sized) report(false);
    else void fill();
  }

  new ResizeObserver(changed).observe(element || body);
  window.addEventListener('resize', changed);
  // A frame below the fold gets neither resize callbacks nor resize events while the page is read
  // (the phone turned, a font loaded): look again now and then; it posts only when the height changed.
  setInterval(() => (sized ? report(false) : void fill()), 1000);
  // maltal-load and maltal-error come after the element rendered: measure then, even off screen.
  for (const type of ['maltal-load', 'maltal-error']) document.addEventListener(type, () => (sized ? report(true) : void fill()));

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !event.data) return;
    if (event.data.type === 'maltal:request-size') {
      sized = true;
      document.documentElement.classList.add('maltal-sized');
      report(true);
    } else if (
      event.data.type === 'maltal:theme' &&
      element &&
      !themed &&
      (event.data.scheme === 'dark' || event.data.scheme === 'light')
    ) {
      element.setAttribute('theme', event.data.scheme);
      document.documentElement.style.setProperty('color-scheme', event.data.scheme);
    }
  });
})();
