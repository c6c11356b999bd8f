/**
 * The addresses of the pages for people: Swedish, stable and readable, one place to build them.
 *
 *   /                              front door            /sok?q=…               search
 *   /kommun                        every kommun and län  /kommun/0181-sodertalje a kommun
 *   /lan/01-stockholm              a län                 /riket                  Sweden
 *   /matt                          every indicator       /matt/{id}              an indicator
 *   /plan/{id}                     a plan's follow-up    /agenda-2030            the 17 goals
 *   /agenda-2030/mal/8             a goal                /agenda-2030/delmal/8.5 a target
 *
 * English is the same address with `?lang=en`. A kommun or län named by its code alone, or with a
 * wrong name, is redirected to its address with the name.
 */

export type Lang = 'sv' | 'en';

export const PAGE_PATHS = {
  home: '/',
  search: '/sok',
  places: '/kommun',
  country: '/riket',
  indicators: '/matt',
  agenda: '/agenda-2030',
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
  favicon: '/favicon.svg',
  script: '/assets/sidor.js',
} as const;

/** Path prefixes of the pages, for the caches that treat pages like API answers. */
export const PAGE_PREFIXES = ['/kommun', '/lan/', '/riket', '/matt', '/plan', '/agenda-2030', '/sok'] as const;

/** Whether a path is one of the pages (the worker caches them by data version, like /v1). */
export function isPagePath(path: string): boolean {
  return (
    path === '/' ||
    path === PAGE_PATHS.sitemap ||
    path === PAGE_PATHS.robots ||
    PAGE_PREFIXES.some((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`))
  );
}

/** Lower case without diacritics: å and ä become a, ö o, é e. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The readable part of an address: "Södertälje" → "sodertalje", "Västra Götaland" → "vastra-gotaland". */
export function slug(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface PlaceRef {
  code: string;
  type: string;
  short_name: string;
}

/** The page of a kommun, län or Riket; an area's page is its kommun's. */
export function placePath(place: PlaceRef, parent?: PlaceRef): string {
  if (place.type === 'country') return PAGE_PATHS.country;
  if (place.type === 'county') return `/lan/${place.code}-${slug(place.short_name)}`;
  if (place.type === 'area' && parent) return placePath(parent);
  return `/kommun/${place.code}-${slug(place.short_name)}`;
}

export const indicatorPath = (id: string) => `/matt/${encodeURIComponent(id)}`;
export const planPath = (id: string) => `/plan/${encodeURIComponent(id)}`;
export const sdgGoalPath = (goal: number) => `/agenda-2030/mal/${goal}`;
export const sdgTargetPath = (target: string) => `/agenda-2030/delmal/${target}`;

/**
 * A path with query parameters, in a stable order and readable: commas in lists are kept as they
 * are (`geo=0181,0136`). Empty values are left out; `lang` is added for English.
 */
export function pageUrl(path: string, lang: Lang, params: Record<string, string | undefined> = {}): string {
  const entries = Object.entries({ ...params, lang: lang === 'en' ? 'en' : undefined }).filter(
    (e): e is [string, string] => e[1] !== undefined && e[1] !== '',
  );
  if (entries.length === 0) return path;
  const encode = (s: string) => encodeURIComponent(s).replace(/%2C/gi, ',');
  return `${path}?${entries.map(([k, v]) => `${k}=${encode(v)}`).join('&')}`;
}
