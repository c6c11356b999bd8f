// Rule: every page names its canonical address, its Swedish and English forms, the data it shows and
// its Open Graph card; pages are cached like the API (ETag, 304); the sitemap lists every page.
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from '../../../helpers/app.ts';
import { decode, page, PAGE_TYPES } from '../../../helpers/pages.ts';

const app = testApp();

const meta = (html: string, property: string) =>
  decode(new RegExp(`<meta property="${property}" content="([^"]*)">`).exec(html)?.[1] ?? '');
const link = (html: string, attrs: string) => decode(new RegExp(`<link rel="${attrs}" href="([^"]*)"`).exec(html)?.[1] ?? '');

describe('the head of every page', () => {
  it.each(Object.entries(PAGE_TYPES))(
    '%s (%s) has a canonical link, both languages, Open Graph, the favicon and alternates that answer',
    async (_type, path) => {
      const { res, html } = await page(app, path);
      expect(res.status).toBe(200);
      const canonical = link(html, 'canonical');
      expect(canonical.startsWith('http://localhost/')).toBe(true);
      expect(link(html, 'alternate" hreflang="sv')).toBe(canonical.replace(/[?&]lang=en$/, ''));
      expect(link(html, 'alternate" hreflang="en')).toMatch(/[?&]lang=en$/);
      expect(meta(html, 'og:url')).toBe(canonical);
      expect(meta(html, 'og:title')).not.toBe('');
      expect(meta(html, 'og:description').length).toBeGreaterThan(20);
      expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
      expect(html).toMatch(/<title>[^<]+ – Måltal<\/title>|<title>Måltal – /);
      for (const [, type, href] of html.matchAll(/<link rel="alternate" type="([^"]+)" href="([^"]+)"/g)) {
        const answer = await app.request(decode(href!));
        expect(answer.status, href).toBe(200);
        expect(answer.headers.get('content-type'), href).toContain(type === 'text/csv' ? 'text/csv' : 'application/json');
      }
      const english = await page(app, `${path}${path.includes('?') ? '&' : '?'}lang=en`);
      expect(english.html).toContain('<html lang="en">');
      expect(link(english.html, 'canonical')).toMatch(/[?&]lang=en$/);
    },
  );
});

describe('caching', () => {
  it('gives pages a strong ETag and Cache-Control, and answers If-None-Match with 304', async () => {
    const res = await app.request(PAGE_TYPES.indicator);
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=3600');
    const again = await app.request(PAGE_TYPES.indicator, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect((await app.request(`${PAGE_TYPES.indicator}?lang=en`, { headers: { 'if-none-match': etag! } })).status).toBe(200);
  });
});

describe('GET /sitemap.xml, /robots.txt, /favicon.svg, /assets/sidor.js', () => {
  it('lists every kommun, län, indicator, plan, goal and target page in Swedish and English', async () => {
    const res = await app.request('/sitemap.xml');
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await res.text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1]!).replace('http://localhost', ''));
    const { body: indicators } = await getJson(app, '/v1/indicators?limit=500');
    const { body: targets } = await getJson(app, '/v1/sdg/goals/13');
    expect(locs.filter((l) => /^\/kommun\/\d{4}-[a-z-]+$/.test(l))).toHaveLength(290);
    expect(locs.filter((l) => /^\/lan\/\d{2}-[a-z-]+$/.test(l))).toHaveLength(21);
    expect(locs.filter((l) => /^\/matt\/[^?]+$/.test(l))).toHaveLength(indicators.data.length);
    for (const t of targets.target_list) expect(locs).toContain(`/agenda-2030/delmal/${t.target}?lang=en`);
    for (const l of ['/', '/riket', '/plan/malmo-kf-mal-2024', '/agenda-2030/mal/17']) expect(locs).toContain(l);
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="http://localhost/kommun/0181-sodertalje?lang=en"/>');
    const sample = locs.filter((_, i) => i % 97 === 0);
    for (const l of sample) expect((await app.request(l)).status, l).toBe(200);
  });

  it('tells robots where the sitemap is, and serves the favicon and the page script', async () => {
    expect(await (await app.request('/robots.txt')).text()).toContain('Sitemap: http://localhost/sitemap.xml');
    const icon = await app.request('/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const script = await app.request('/assets/sidor.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const code = await script.text();
    expect(() => new Function(code)).not.toThrow(); // it parses
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });
});
