/**
 * Reading the pages' HTML in tests without a DOM: the pages are our own well-formed markup, so
 * small regular expressions are enough for text, links and table rows. Browser tests use Chromium.
 */
import type { testApp } from './app.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
export const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/** The text of some HTML: tags dropped, entities decoded, no-break spaces as spaces, whitespace collapsed. */
export function text(html: string): string {
  return decode(html.replace(/<[^>]+>/g, ' '))
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every href of <a> elements, decoded. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => decode(m[1]!));
}

/** The part of the HTML from the element with this id (or the first match of `start`) to `end`. */
export function section(html: string, start: string | RegExp, end: string | RegExp = '</main>'): string {
  const from = typeof start === 'string' ? html.indexOf(start) : html.search(start);
  if (from < 0) throw new Error(`no ${start} in the page`);
  const rest = html.slice(from);
  const to = typeof end === 'string' ? rest.indexOf(end, 1) : rest.slice(1).search(end) + 1;
  return to > 0 ? rest.slice(0, to) : rest;
}

/** The rows of a table body, each as the text of its cells. */
export function bodyRows(table: string): string[][] {
  const body = section(table, '<tbody>', '</tbody>');
  return [...body.matchAll(/<tr\b[^>]*>(.*?)<\/tr>/gs)].map((m) =>
    [...m[1]!.matchAll(/<t[hd]\b[^>]*>(.*?)<\/t[hd]>/gs)].map((c) => text(c[1]!)),
  );
}

/** A page of the test app: status, headers and HTML. */
export async function page(app: ReturnType<typeof testApp>, path: string) {
  const res = await app.request(path);
  return { res, html: await res.text() };
}

/** A number as the Swedish pages write it: "76,9", "−9,5", "102 772". */
export const sv = (n: number, decimals: number) =>
  new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(n).replace(/\u00a0/g, ' ');

/** One page of each type, for the tests that go through them all. */
export const PAGE_TYPES = {
  home: '/',
  search: '/sok?q=utsl%C3%A4pp',
  places: '/kommun',
  municipality: '/kommun/0181-sodertalje',
  county: '/lan/01-stockholm',
  country: '/riket',
  indicators: '/matt',
  indicator: '/matt/scb-bas-sysselsattningsgrad-20-64',
  plans: '/plan',
  plan: '/plan/sodertalje-arbetsmarknadsuppdrag-2017',
  agenda: '/agenda-2030',
  goal: '/agenda-2030/mal/8',
  target: '/agenda-2030/delmal/8.5',
};

/** The searches of the issue and the page each must put first. */
export const EXPECTED_FIRST: [q: string, page: string][] = [
  ['Södertälje', '/kommun/0181-sodertalje'],
  ['sysselsättning utrikes', '/matt/scb-bas-sysselsattningsgrad-20-64'],
  ['utsläpp', '/matt/ghg_emissions_territorial'],
  ['Hallstahammar hållbarhet', '/plan/hallstahammar-hallbar-utveckling-2021'],
];
