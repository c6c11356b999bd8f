// Inside an /embed page: tells the parent page how tall the content is, whenever that changes, so
// the parent's /widgets/v1/embed.js can size the iframe. Served as /widgets/v1/embed-frame.js.
(() => {
  if (window.parent === window) return;
  const id = document.body.dataset.maltalId || location.pathname + location.search;
  let last = -1;

  function report(force) {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    window.parent.postMessage({ type: 'maltal:resize', id, height }, '*');
  }

  new ResizeObserver(() => report(false)).observe(document.body);
  // The parent asks again when its snippet loads after this page has already reported.
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data && event.data.type === 'maltal:request-size') report(true);
  });
  report(true);
})();
