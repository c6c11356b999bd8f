/**
 * The style sheets of the pages the app writes (the pages for people, /bygg, /embed/*). They are files rather than
 * <style> elements so the pages' Content-Security-Policy can forbid inline styles.
 */
import { createRouter } from '../../lib/create-router.ts';
import { PAGES_CSS, PAGES_PRINT_CSS } from './pages.styles.ts';

const BUILDER_CSS = `body { font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
a { color: LinkText; }
.hint { display: block; font-size: 0.9em; opacity: 0.85; }
label, legend { font-weight: 600; }
.choice { display: block; font-weight: normal; margin: 0.25rem 0; }
fieldset { border: 1px solid GrayText; border-radius: 4px; margin: 1rem 0; }
select, textarea, input[type=search] { font: inherit; max-width: 100%; box-sizing: border-box; }
select[multiple] { width: 100%; }
textarea { width: 100%; font-family: ui-monospace, monospace; font-size: 0.85rem; }
.field { margin: 1rem 0; }
#preview { border: 1px dashed GrayText; padding: 0.5rem; min-height: 8rem; }
button { font: inherit; padding: 0.3rem 0.9rem; }
:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
`;

const EMBED_CSS = `:root { color-scheme: light dark; }
html, body { margin: 0; background: transparent; }
body { display: flow-root; font-family: system-ui, sans-serif; }
/* The parent's embed.js sizes the frame to its content: never show a scrollbar that would change the width meanwhile. */
html.maltal-sized { overflow: hidden; }
.problem { margin: 0; padding: 0.75rem; border-left: 4px solid #0a58a8; font-size: 0.9375rem; }
.problem p { margin: 0 0 0.4rem; }
@media (prefers-color-scheme: dark) { .problem { border-left-color: #8cc8ff; } }
`;

export const PAGE_STYLES = {
  builder: '/styles/bygg.css',
  embed: '/styles/embed.css',
  pages: '/styles/sidor.css',
  pagesPrint: '/styles/sidor-utskrift.css',
} as const;

const SHEETS: [url: string, css: string][] = [
  [PAGE_STYLES.builder, BUILDER_CSS],
  [PAGE_STYLES.embed, EMBED_CSS],
  [PAGE_STYLES.pages, PAGES_CSS],
  [PAGE_STYLES.pagesPrint, PAGES_PRINT_CSS],
];

export const stylesRouter = createRouter();
for (const [url, css] of SHEETS) {
  stylesRouter.get(url, (c) => {
    c.header('content-type', 'text/css; charset=utf-8');
    c.header('cache-control', 'public, max-age=3600');
    return c.body(css);
  });
}
