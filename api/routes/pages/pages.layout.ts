/**
 * The frame of every page: head (canonical address, languages, data alternates, Open Graph), the
 * header with the menu, the search and the language switch, and the footer. No inline script or
 * style: the style sheets and the one page script are files (the pages' CSP forbids the rest).
 */
import { html } from 'hono/html';
import { PAGE_STYLES } from '../styles/styles.routes.ts';
import { WIDGET_URLS } from '../widgets/widgets.assets.ts';
import { COMMON } from './pages.i18n.ts';
import { PAGE_PATHS, pageUrl, type Lang } from './pages.urls.ts';

/** A fragment of HTML made with hono/html: interpolated text is escaped, fragments are not. */
export type Html = ReturnType<typeof html>;

export interface Alternate {
  type: 'application/json' | 'text/csv';
  href: string;
  title: string;
}

export interface PageHead {
  lang: Lang;
  /** The page's path; with `params`, its canonical address (`lang` is added for English). */
  path: string;
  params?: Record<string, string | undefined>;
  title: string;
  description: string;
  /** The data the page shows, as the API gives it. */
  alternates?: Alternate[];
  /** Load the maltal-* elements (the page has charts to enhance). */
  widgets?: boolean;
  /** Add the print style sheet (plan pages). */
  print?: boolean;
  breadcrumbs?: { href: string; label: string }[];
  ogType?: 'website' | 'article';
  /** Leave out the search in the header (the front door and the search page have their own). */
  ownSearch?: boolean;
}

function header(head: PageHead): Html {
  const { lang } = head;
  const t = COMMON[lang];
  const other: Lang = lang === 'sv' ? 'en' : 'sv';
  const link = (path: string, label: string) => html`<li><a href="${pageUrl(path, lang)}">${label}</a></li>`;
  return html`<header class="site">
<div class="wrap bar">
<a class="brand" href="${pageUrl('/', lang)}">Måltal</a>
<nav aria-label="${t.menu}"><ul>
${link(PAGE_PATHS.places, t.places)}${link(PAGE_PATHS.indicators, t.indicators)}${link(PAGE_PATHS.agenda, t.agenda)}<li><a href="/bygg">${t.builder}</a></li><li><a href="/docs">${t.api}</a></li>
</ul></nav>
<a class="lang-switch" href="${pageUrl(head.path, other, head.params)}" hreflang="${other}" lang="${other}" title="${t.otherLanguageHint}">${t.otherLanguage}</a>
</div>
${head.ownSearch ? '' : html`<div class="wrap">${searchForm(lang, 'site-q', false)}</div>`}
</header>`;
}

/** The search form: plain GET to /sok, with suggestions as you type where scripts run. */
export function searchForm(lang: Lang, id: string, large: boolean, value = ''): Html {
  const t = COMMON[lang];
  return html`<form class="search${large ? ' large' : ''}" role="search" action="${PAGE_PATHS.search}" method="get">
<label for="${id}"${large ? '' : html` class="vh"`}>${t.searchLabel}</label>
<span class="search-row"><input id="${id}" name="q" type="search" value="${value}" placeholder="${t.searchPlaceholder}" autocomplete="off" data-suggest="/v1/search" list="${id}-list" maxlength="200"><datalist id="${id}-list"></datalist>${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}<button type="submit">${t.search}</button></span>
</form>`;
}

function breadcrumbs(head: PageHead): Html {
  if (!head.breadcrumbs?.length) return html``;
  const t = COMMON[head.lang];
  return html`<nav class="crumbs" aria-label="${t.breadcrumbs}"><ol><li><a href="${pageUrl('/', head.lang)}">${t.home}</a></li>${head.breadcrumbs.map(
    (b) => html`<li><a href="${b.href}">${b.label}</a></li>`,
  )}<li aria-current="page">${head.title}</li></ol></nav>`;
}

/** The whole document around `body`. `origin` makes the canonical and Open Graph addresses absolute. */
export function layout(origin: string, head: PageHead, body: Html): Html {
  const { lang } = head;
  const t = COMMON[lang];
  const canonical = origin + pageUrl(head.path, lang, head.params);
  const inLang = (l: Lang) => origin + pageUrl(head.path, l, head.params);
  const title = head.path === '/' ? `Måltal – ${t.tagline}` : `${head.title} – Måltal`;
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<meta name="description" content="${head.description}">
<link rel="canonical" href="${canonical}">
<link rel="alternate" hreflang="sv" href="${inLang('sv')}">
<link rel="alternate" hreflang="en" href="${inLang('en')}">
<link rel="alternate" hreflang="x-default" href="${inLang('sv')}">
${(head.alternates ?? []).map((a) => html`<link rel="alternate" type="${a.type}" href="${a.href}" title="${a.title}">\n`)}<meta property="og:site_name" content="Måltal">
<meta property="og:type" content="${head.ogType ?? 'website'}">
<meta property="og:title" content="${head.title}">
<meta property="og:description" content="${head.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${lang === 'en' ? 'en_GB' : 'sv_SE'}">
<link rel="icon" href="${PAGE_PATHS.favicon}" type="image/svg+xml">
<link rel="stylesheet" href="${PAGE_STYLES.pages}">
${head.print ? html`<link rel="stylesheet" href="${PAGE_STYLES.pagesPrint}" media="print">\n` : ''}<script src="${PAGE_PATHS.script}" defer></script>
${head.widgets ? html`<script type="module" src="${WIDGET_URLS.versioned}"></script>\n` : ''}</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
${header(head)}
<main id="main" class="wrap">
${breadcrumbs(head)}
${body}
</main>
<footer class="site"><div class="wrap">
<p>${t.footer}</p>
<p><a href="/v1/datasets">${t.sources}</a> · <a href="/docs">${t.api}</a> · <a href="/bygg">${t.builder}</a> · <a href="${PAGE_PATHS.sitemap}">sitemap.xml</a></p>
</div></footer>
</body>
</html>
`;
}
