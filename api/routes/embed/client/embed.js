// Måltal embed snippet for the page that holds the iframes: sizes every iframe[data-maltal] to the
// height its /embed page reports ({type: 'maltal:resize', id, height}). Served as
// /widgets/v1/embed.js; load it once per page with <script src="…/widgets/v1/embed.js" defer>.
(() => {
  if (window.maltalEmbed) return;
  window.maltalEmbed = true;
  const MAX_HEIGHT = 20000;

  const frames = () => document.querySelectorAll('iframe[data-maltal]');

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'maltal:resize' || typeof data.height !== 'number' || !(data.height >= 0)) return;
    for (const frame of frames()) {
      // The message's source window says which iframe sent it; the id is for pages that log it.
      if (frame.contentWindow !== event.source) continue;
      // And only our embed pages may size it, not a page the frame was navigated to.
      if (event.origin !== new URL(frame.src, location.href).origin) continue;
      const height = Math.min(Math.ceil(data.height), MAX_HEIGHT);
      frame.style.height = `${height}px`;
      frame.setAttribute('height', String(height));
    }
  });

  function ask(frame) {
    frame.contentWindow?.postMessage({ type: 'maltal:request-size' }, '*');
  }
  for (const frame of frames()) {
    ask(frame);
    frame.addEventListener('load', () => ask(frame));
  }
})();
