/**
 * /bygg: the embed builder. Pick an indicator, places, an element and a language, see the chart
 * live, and copy either the script + element code or the iframe code. The page is plain HTML with
 * its one script external (/widgets/v1/bygg.js), so it works under a strict CSP; the script reads
 * the public API like any other client.
 */
import { createRouter } from '../../lib/create-router.ts';
import { escapeHtml } from '../../lib/html.ts';
import { pageCsp } from '../../lib/security-headers.ts';
import { PAGE_STYLES } from '../styles/styles.routes.ts';
import { EMBED_ELEMENTS } from '../embed/embed.schemas.ts';
import { WIDGET_URLS } from '../widgets/widgets.assets.ts';

const ELEMENT_HINTS: Record<keyof typeof EMBED_ELEMENTS, string> = {
  'maltal-trend': 'en linje per plats över åren',
  'maltal-compare': 'staplar för ett år, sorterade',
  'maltal-figure': 'senaste värdet, förändring och en liten kurva',
  'maltal-table': 'sorterbar tabell med alla värden',
  'maltal-map': 'karta över kommuner eller län',
  'maltal-goals': 'en kommuns mål med mått och Agenda 2030',
};

const elementChoices = Object.entries(EMBED_ELEMENTS)
  .map(
    ([tag, { label }], i) =>
      `<label class="choice"><input type="radio" name="element" value="${tag}"${i === 0 ? ' checked' : ''}> <span><strong>${escapeHtml(label.sv)}</strong> <span lang="en">(${escapeHtml(label.en)})</span> – ${escapeHtml(ELEMENT_HINTS[tag as keyof typeof EMBED_ELEMENTS])} <code>&lt;${tag}&gt;</code></span></label>`,
  )
  .join('\n');

const PAGE = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Bygg ett diagram att bädda in – Måltal</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${PAGE_STYLES.builder}">
<script type="module" src="${WIDGET_URLS.versioned}"></script>
<script type="module" src="${WIDGET_URLS.builder}"></script>
</head>
<body>
<main>
<p><a href="/">Måltal</a></p>
<h1>Bygg ett diagram att bädda in</h1>
<p>Välj mått, platser, diagramtyp och språk. Förhandsvisningen visar diagrammet som det blir; kopiera sedan koden till er webbplats.
<span lang="en" class="hint">Build a chart for your web page: choose an indicator, places, a chart type and a language, see it live, then copy the code.</span></p>
<noscript><p><strong>Byggaren behöver JavaScript.</strong> <span lang="en">The builder needs JavaScript.</span> Se README: avsnittet ”Embed a chart”.</p></noscript>

<form id="builder" novalidate>
<div class="field" id="indicator-field">
  <label for="indicator">Mått <span lang="en">(indicator)</span></label>
  <span class="hint" id="indicator-hint">Sök på namn eller id, t.ex. sysselsättningsgrad. <span lang="en">Filter by name or id.</span></span>
  <input type="search" id="indicator-filter" aria-label="Filtrera mått" aria-describedby="indicator-hint" autocomplete="off">
  <select id="indicator" name="indicator" aria-describedby="indicator-hint"><option value="">Laddar mått…</option></select>
</div>

<div class="field" id="plan-field" hidden>
  <label for="plan">Plan <span lang="en">(steering document)</span></label>
  <select id="plan" name="plan"><option value="">Laddar planer…</option></select>
</div>

<div class="field" id="geo-field">
  <label for="geo">Kommuner och län <span lang="en">(municipalities and counties)</span></label>
  <span class="hint" id="geo-hint">Välj en eller flera: Ctrl/Cmd + klick eller Skift + piltangent. <span lang="en">Select one or more with Ctrl/Cmd + click or Shift + arrow keys.</span></span>
  <input type="search" id="geo-filter" aria-label="Filtrera kommuner" aria-describedby="geo-hint" autocomplete="off">
  <select id="geo" name="geo" multiple size="8" aria-describedby="geo-hint"><option value="">Laddar kommuner…</option></select>
  <span class="hint" id="geo-chosen" aria-live="polite"></span>
</div>

<fieldset>
  <legend>Diagramtyp <span lang="en">(element)</span></legend>
  ${elementChoices}
</fieldset>

<fieldset>
  <legend>Språk <span lang="en">(language)</span></legend>
  <label class="choice"><input type="radio" name="lang" value="sv" checked> Svenska</label>
  <label class="choice"><input type="radio" name="lang" value="en"> <span lang="en">English</span></label>
</fieldset>

<fieldset>
  <legend>Färger <span lang="en">(theme)</span></legend>
  <label class="choice"><input type="radio" name="theme" value="" checked> Följ sidan och läsarens inställning (ljust eller mörkt) <span lang="en" class="hint">Follow the page and the reader's light or dark setting</span></label>
  <label class="choice"><input type="radio" name="theme" value="light"> Alltid ljust <span lang="en">(always light)</span></label>
  <label class="choice"><input type="radio" name="theme" value="dark"> Alltid mörkt <span lang="en">(always dark)</span></label>
</fieldset>
</form>

<section aria-labelledby="preview-heading">
<h2 id="preview-heading">Förhandsvisning <span lang="en">(live preview)</span></h2>
<div id="preview"></div>
</section>

<section aria-labelledby="script-heading">
<h2 id="script-heading">Kod med script <span lang="en">(script and element)</span></h2>
<p class="hint" id="script-hint">Klistra in där diagrammet ska stå. Skriptet laddas från en versionerad adress med integritetskontroll (SRI). <span lang="en">Paste where the chart should go; the script comes from a versioned URL with an integrity hash.</span></p>
<label for="code-script">Kod att kopiera <span lang="en">(code to copy)</span></label>
<textarea id="code-script" readonly rows="5" aria-describedby="script-hint"></textarea>
<button type="button" id="copy-script">Kopiera koden <span lang="en">(copy)</span></button>
</section>

<section aria-labelledby="iframe-heading">
<h2 id="iframe-heading">Kod med iframe <span lang="en">(for CMSs that remove scripts)</span></h2>
<p class="hint" id="iframe-hint">Om er webbplats inte tillåter script i innehållet: en iframe. Koden har bara attribut (ingen style), så den fungerar även när webbplatsens Content-Security-Policy förbjuder inline-stil. Den lilla snutten embed.js gör att iframen alltid får diagrammets höjd och följer sidans mörka läge; utan den behåller iframen höjden i koden (diagrammet fyller den). <span lang="en">If your CMS strips scripts, use the iframe: attributes only, so it works under a strict CSP. embed.js (optional) keeps its height right and passes the page's dark mode; without it the frame keeps the written height.</span></p>
<label for="code-iframe">Kod att kopiera <span lang="en">(code to copy)</span></label>
<textarea id="code-iframe" readonly rows="6" aria-describedby="iframe-hint"></textarea>
<button type="button" id="copy-iframe">Kopiera koden <span lang="en">(copy)</span></button>
</section>

<p id="status" role="status"></p>
<p>Alla attribut, delar (<code>::part</code>) och CSS-variabler: <a href="${WIDGET_URLS.customElements}">custom-elements.json</a>. <span lang="en">The API reference:</span> <a href="/docs">/docs</a>.</p>
</main>
</body>
</html>
`;

/** Its script and the widget bundle from our origin, the API for the lists and the preview. */
const BUILDER_CSP = pageCsp({ scripts: true, connect: true });

export const builderRouter = createRouter().get('/bygg', (c) => {
  c.header('content-security-policy', BUILDER_CSP);
  return c.html(PAGE);
});
