/**
 * How a page is answered: its Content-Security-Policy (scripts and styles from our origin only,
 * data from our API), a strong ETag from the body, and a 404 page a person can use.
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppEnv } from '../../lib/create-router.ts';
import { pageCsp } from '../../lib/security-headers.ts';
import { COMMON } from './pages.i18n.ts';
import { layout, searchForm, type Html, type PageHead } from './pages.layout.ts';
import type { Lang } from './pages.urls.ts';

/** The page script and the widget bundle from our origin, and the API they read. */
export const PAGES_CSP = pageCsp({ scripts: true, connect: true });

/** The language a page is asked in: `?lang=en`, else Swedish. Pages never refuse a parameter. */
export function pageLang(c: Context<AppEnv>): Lang {
  return c.req.query('lang') === 'en' ? 'en' : 'sv';
}

/** The origin of the request, for the absolute addresses of canonical links, Open Graph and the sitemap. */
export const originOf = (c: Context<AppEnv>) => new URL(c.req.url).origin;

/**
 * Answers with a page. The ETag is the body's hash, set here so that the etag middleware answers
 * If-None-Match without copying the body; a new data version changes the body and so the ETag.
 */
export async function sendPage(c: Context<AppEnv>, head: PageHead, body: Html, status: 200 | 404 = 200): Promise<Response> {
  const text = (await layout(originOf(c), head, body)).toString();
  c.header('content-security-policy', PAGES_CSP);
  c.header('content-type', 'text/html; charset=utf-8');
  if (status === 200) c.header('etag', `"${await c.var.hash(text)}"`);
  return c.body(text, status);
}

/** A 404 page: what was not found, and the search. */
export function notFoundPage(c: Context<AppEnv>, message: string): Promise<Response> {
  const lang = pageLang(c);
  const t = COMMON[lang];
  const body = html`<h1>${t.notFound}</h1>
<p>${message}</p>
<h2>${t.notFoundSearch}</h2>
${searchForm(lang, 'notfound-q', true)}`;
  return sendPage(c, { lang, path: c.req.path, title: t.notFound, description: message, ownSearch: true }, body, 404);
}
