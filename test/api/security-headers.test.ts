// Rule: every answer says nosniff and a referrer policy; the pages state what they may load, and
// only /embed/* may be framed by other sites; error bodies hold nothing of the server's insides.
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.ts';

const app = testApp();

const PAGES = [
  '/',
  '/docs',
  '/bygg',
  '/embed/maltal-trend?indicator=N00914&geo=0136',
  '/kommun/0181-sodertalje',
  '/matt/scb-bas-sysselsattningsgrad-20-64?geo=0181',
  '/plan/sodertalje-arbetsmarknadsuppdrag-2017',
  '/agenda-2030/delmal/8.5',
  '/sok?q=utsläpp',
  '/kommun/9999',
];
const OTHER = [
  '/v1/observations?indicator=N00914&geo=0136',
  '/v1/observations?indicator=N00914&geo=0136&format=csv',
  '/v1/indicators',
  '/openapi.json',
  '/docs/init.js',
  '/styles/sidor.css',
  '/assets/sidor.js',
  '/sitemap.xml',
  '/widgets/v1/manifest.json',
  '/v1/observations?indicator=no-such-indicator', // 400
  '/no/such/path', // 404
];

function directives(csp: string): Map<string, string> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

describe('security headers', () => {
  it.each([...PAGES, ...OTHER])('%s says nosniff, a referrer policy and a Content-Security-Policy', async (path) => {
    const res = await app.request(path);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const csp = directives(res.headers.get('content-security-policy') ?? '');
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect([...csp.values()].join(' ')).not.toContain('unsafe-eval');
  });

  it.each(PAGES.filter((p) => !p.startsWith('/embed/')).concat(OTHER))('%s may not be framed', async (path) => {
    const res = await app.request(path);
    expect(directives(res.headers.get('content-security-policy')!).get('frame-ancestors')).toBe("'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('lets any site frame /embed/*, and nothing else is loosened there', async () => {
    const res = await app.request('/embed/maltal-trend?indicator=N00914&geo=0136');
    const csp = directives(res.headers.get('content-security-policy')!);
    expect(csp.get('frame-ancestors')).toBe('*');
    expect(res.headers.has('x-frame-options')).toBe(false);
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.get('connect-src')).toBe("'self'");
  });

  it('allows no inline script or style on any page', async () => {
    for (const path of PAGES) {
      const res = await app.request(path);
      const csp = directives(res.headers.get('content-security-policy')!);
      const html = await res.text();
      expect(csp.get('script-src') ?? "'none'", path).not.toContain('unsafe-inline');
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script is a file
      expect(html, path).not.toMatch(/<style|\sstyle="/);
      expect(csp.get('style-src'), path).toBe("'self'");
    }
  });

  it('keeps the page style sheets on our origin and serves them as CSS', async () => {
    for (const path of ['/', '/bygg', '/embed/maltal-trend?indicator=N00914', '/matt/N00914']) {
      const html = await (await app.request(path)).text();
      const sheet = /<link rel="stylesheet" href="(\/styles\/[a-z]+\.css)">/.exec(html)?.[1];
      expect(sheet, path).toBeDefined();
      const res = await app.request(sheet!);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
      expect(await res.text()).toContain('body {');
    }
  });

  it('puts nothing of the server in error bodies', async () => {
    for (const path of ['/v1/observations?indicator=no-such-indicator', '/no/such/path', '/v1/observations?limit=-1']) {
      const body = await (await app.request(path)).text();
      expect(body).not.toMatch(/node_modules|\/work\/|\.ts:\d|SQLITE|SELECT |at [A-Za-z.]+ \(/);
    }
  });
});
