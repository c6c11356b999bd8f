/**
 * A realistic page of a municipality's web site, as the host-page test serves it from an origin of
 * its own: header, navigation, a sidebar, body text, a CSS reset with `*{box-sizing:border-box}` and
 * a CSS-grid `1fr` content column, under the strict Content-Security-Policy many Swedish municipal
 * CMSs send. The six elements are embedded one of three ways: the script tag, iframes with the
 * optional embed.js, or bare iframes (a CMS that strips scripts). The site follows the reader's dark
 * setting and can be switched dark by a class on <html>, as sites with a theme toggle do.
 */

/** How the page embeds the charts. */
export type EmbedRoute = 'script' | 'iframe' | 'iframe-bare';

export const EMBED_ROUTES: EmbedRoute[] = ['script', 'iframe', 'iframe-bare'];

/** One embedded chart: the element, its attributes, and the height written in its iframe code. */
export interface Embed {
  tag: string;
  attributes: Record<string, string>;
  /** What the iframe's title says (it must name the chart). */
  title: string;
  /** The height the builder writes for this element. */
  height: number;
}

/** The six elements, with attributes that exercise what issue 12 saw go wrong on a real page. */
export const EMBEDS: Embed[] = [
  {
    tag: 'maltal-trend',
    attributes: { indicator: 'ghg_emissions_territorial', geo: '1961' },
    title: 'Utsläpp av växthusgaser, Hallstahammar – utveckling över tid – Måltal',
    height: 460,
  },
  {
    tag: 'maltal-compare',
    attributes: { indicator: 'N00914', county: '01', highlight: '0136' },
    title: 'Förvärvsarbetande invånare 20-64 år, Stockholms län – jämförelse mellan kommuner – Måltal',
    height: 460,
  },
  {
    tag: 'maltal-figure',
    attributes: { indicator: 'population', geo: '0181' },
    title: 'Folkmängd, Södertälje – nyckeltal – Måltal',
    height: 360,
  },
  {
    tag: 'maltal-table',
    attributes: { indicator: 'N00914', geo: '0136,0181,0180' },
    title: 'Förvärvsarbetande invånare 20-64 år, Haninge, Södertälje, Stockholm – tabell – Måltal',
    height: 460,
  },
  {
    tag: 'maltal-map',
    attributes: { indicator: 'N00914', geo: '0136' },
    title: 'Förvärvsarbetande invånare 20-64 år – karta – Måltal',
    height: 760,
  },
  {
    tag: 'maltal-goals',
    attributes: { plan: 'haninge-arbetsmarknadsstrategi-2020' },
    title: 'Haninges arbetsmarknadsstrategi – måluppföljning – Måltal',
    height: 800,
  },
];

/** The policy the issue gives, with the API's origin where the site allows it. */
export function hostCsp(apiUrl: string): string {
  return `default-src 'none'; script-src 'self' ${apiUrl}; style-src 'self'; connect-src ${apiUrl}; img-src 'self' data:; frame-src ${apiUrl}`;
}

/** The site's stylesheet: a common reset, a header, a grid with a sidebar and a 1fr column, and a dark theme. */
export const HOST_CSS = `*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 1rem/1.6 Georgia, 'Times New Roman', serif; color: #1b1b1b; background: #ffffff; }
img, svg, video, iframe { display: block; max-width: 100%; }
h1, h2, h3 { font-family: Arial, Helvetica, sans-serif; line-height: 1.25; }
a { color: #004d99; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; z-index: 2; }
.site-header { background: #00345e; color: #fff; padding: 0.75rem 1rem; }
.site-header a { color: #fff; }
.logo { font: 700 1.25rem Arial, sans-serif; margin: 0 0 0.5rem; }
.site-header ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; margin: 0; padding: 0; }
.layout { display: grid; grid-template-columns: 1fr; gap: 1.5rem; max-width: 75rem; margin: 0 auto; padding: 1rem; }
.sidebar ul { list-style: none; margin: 0; padding: 0; border-top: 3px solid #00345e; }
.sidebar li { border-bottom: 1px solid #ccc; padding: 0.4rem 0; }
.content section { margin: 2rem 0; }
.site-footer { background: #eef1f4; padding: 1rem; margin-top: 2rem; }
@media (min-width: 768px) {
  .layout { grid-template-columns: 14rem 1fr; }
}
@media (prefers-color-scheme: dark) {
  html:not(.light) body { color: #e8e8e8; background: #121417; }
  html:not(.light) a { color: #9cc9ff; }
  html:not(.light) .site-footer { background: #1d2126; }
}
html.dark { color-scheme: dark; }
html.dark body { color: #e8e8e8; background: #121417; }
html.dark a { color: #9cc9ff; }
html.dark .site-footer { background: #1d2126; }
`;

const attributes = (embed: Embed) =>
  Object.entries(embed.attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');

/** The /embed URL of a chart, its query in attribute order, with its id. */
export function embedSrc(apiUrl: string, embed: Embed, id: string): string {
  const query = new URLSearchParams({ ...embed.attributes, id }).toString().replace(/%2C/g, ',');
  return `${apiUrl}/embed/${embed.tag}?${query}`;
}

/** The iframe code README and /bygg hand out (attributes only: the site's CSP forbids style=""). */
export function iframeCode(apiUrl: string, embed: Embed, id: string): string {
  const src = embedSrc(apiUrl, embed, id).replace(/&/g, '&amp;');
  return `<iframe src="${src}" title="${embed.title}" data-maltal="${id}" width="100%" height="${embed.height}" frameborder="0" loading="lazy"></iframe>`;
}

const TEXT = `<p>Kommunen följer upp målen i sin plan varje år. Här finns de nyckeltal som kommunfullmäktige har
beslutat att följa, med jämförelser mot andra kommuner, länet och riket. Siffrorna hämtas från öppna
källor och uppdateras när källorna publicerar nya värden.</p>`;

/** The page: `route` decides how the charts are embedded; `bundleUrl` and `integrity` are the script tag's. */
export function municipalPage(options: {
  route: EmbedRoute;
  apiUrl: string;
  bundleUrl: string;
  integrity: string;
  embeds?: Embed[];
  tall?: boolean;
}): string {
  const { route, apiUrl } = options;
  const embeds = options.embeds ?? EMBEDS;
  const head =
    route === 'script'
      ? `<script type="module" src="${options.bundleUrl}" integrity="${options.integrity}" crossorigin="anonymous"></script>`
      : route === 'iframe'
        ? `<script src="${apiUrl}/widgets/v1/embed.js" defer></script>`
        : '';
  const sections = embeds
    .map((embed, i) => {
      const id = `diagram-${i + 1}`;
      const chart = route === 'script' ? `<${embed.tag}${attributes(embed)}></${embed.tag}>` : iframeCode(apiUrl, embed, id);
      return `<section aria-labelledby="rubrik-${i + 1}">
<h2 id="rubrik-${i + 1}">${embed.title.split(' – ')[0]}</h2>
${i % 2 === 0 ? TEXT : ''}
${chart}
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nyckeltal – Exempelkommunens webbplats (testsida)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/site.css">
${head}
</head>
<body>
<a class="skip" href="#innehall">Till innehållet</a>
<header class="site-header">
<p class="logo"><a href="/">Exempelkommunen</a></p>
<nav aria-label="Huvudmeny"><ul><li><a href="/">Start</a></li><li><a href="/">Arbete och näringsliv</a></li><li><a href="/">Miljö och klimat</a></li><li><a href="/">Kommun och politik</a></li></ul></nav>
</header>
<div class="layout">
<nav class="sidebar" aria-label="Undermeny"><ul><li><a href="/">Mål och budget</a></li><li><a href="/">Hållbarhetsbokslut</a></li><li><a href="/">Statistik om kommunen</a></li></ul></nav>
<main id="innehall" class="content">
<h1>Statistik om kommunen</h1>
${TEXT}
${options.tall ? `<div class="spacer">${TEXT.repeat(12)}</div>` : ''}
${sections}
</main>
</div>
<footer class="site-footer"><p>Exempelkommunen är en testsida för Måltal, inte en riktig kommun.</p></footer>
</body>
</html>
`;
}
