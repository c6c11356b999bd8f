// Rule: /embed/{element} answers a minimal framable page for a known element with valid
// parameters, and for anything else an answer that says what is valid and may be framed too: a
// short page in the reader's language for a browser's iframe, problem+json for everyone else.
import { describe, expect, it } from 'vitest';
import { json, testApp } from '../../../helpers/app.ts';

const app = testApp();

describe('GET /embed/{element}', () => {
  it('serves a Swedish page with the element, the query as its attributes and a title naming the chart', async () => {
    const res = await app.request('/embed/maltal-trend?indicator=N00914&geo=0136,0181&from=2010&id=a1');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain(
      '<title>Förvärvsarbetande invånare 20-64 år, andel (%), Haninge, Södertälje – utveckling över tid – Måltal</title>',
    );
    expect(html).toContain('<maltal-trend indicator="N00914" geo="0136,0181" from="2010" lang="sv"></maltal-trend>');
    expect(html).toContain('<body data-maltal-id="a1">');
    expect(html).toMatch(/<script type="module" src="\/widgets\/\d+\.\d+\.\d+[^/]*\/maltal\.js"><\/script>/);
    expect(html).toContain('<script src="/widgets/v1/embed-frame.js" defer></script>');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script
  });

  it('may be framed by any site, and only /embed pages say so', async () => {
    const csp = (await app.request('/embed/maltal-figure?indicator=N00914&geo=0136')).headers.get('content-security-policy');
    expect(csp).toContain('frame-ancestors *');
    expect(csp).toContain("script-src 'self'");
    for (const path of ['/', '/bygg', '/docs', '/v1/indicators']) {
      expect((await app.request(path)).headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });

  it('names the chart in English with lang=en, and a plan for maltal-goals', async () => {
    const en = await (await app.request('/embed/maltal-table?indicator=N00914&geo=0136&lang=en')).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toMatch(/<title>[^<]+ – table – Måltal<\/title>/);
    const goals = await (await app.request('/embed/maltal-goals?plan=malmo-kf-mal-2024')).text();
    expect(goals).toMatch(/<title>[^<]*Malmö[^<]* – måluppföljning – Måltal<\/title>/i);
    expect(goals).toContain('<maltal-goals plan="malmo-kf-mal-2024" lang="sv"></maltal-goals>');
  });

  it('escapes what it writes into the page', async () => {
    const html = await (
      await app.request(`/embed/maltal-trend?indicator=N00914&label=${encodeURIComponent('"><script>alert(1)</script>')}`)
    ).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it.each([
    ['/embed/maltal-nope?indicator=N00914', 404, /unknown element 'maltal-nope'; embeddable elements are maltal-trend, /],
    [
      '/embed/maltal-trend?geo=0136',
      400,
      /maltal-trend needs indicator, e\.g\. \/embed\/maltal-trend\?indicator=scb-bas-sysselsattningsgrad-20-64/,
    ],
    ['/embed/maltal-goals?geo=1280', 400, /maltal-goals needs plan/],
    ['/embed/maltal-trend?indicator=N00914&geo=01;36', 400, /geo: expected geography codes separated by commas/],
    ['/embed/maltal-trend?indicator=N00914&from=20', 400, /from: expected a year as YYYY/],
    ['/embed/maltal-trend?indicator=N00914&lang=de', 400, /lang: expected sv or en/],
    ['/embed/maltal-trend?indicator=N00914&colour=red', 400, /colour: unknown parameter; expected one of indicator, geo/],
  ])('answers %s with %i and a problem that says what is valid, framable', async (path, status, detail) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await json(res)).detail).toMatch(detail);
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('answers an iframe (a browser asking for HTML) with a short page in its language, the detail for the developer, framable', async () => {
    const accept = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const sv = await app.request('/embed/maltal-trend?indicator=N00914&geo=01;36', { headers: accept });
    expect(sv.status).toBe(400);
    expect(sv.headers.get('content-type')).toMatch(/^text\/html/);
    expect(sv.headers.get('content-security-policy')).toContain('frame-ancestors *');
    const page = await sv.text();
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('Diagrammet kan inte visas: adressen i inbäddningskoden är fel.');
    expect(page).toContain('geo: expected geography codes separated by commas');
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const en = await (await app.request('/embed/maltal-nope?lang=en', { headers: accept })).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('The chart cannot be shown');
    expect(en).toContain('unknown element &#39;maltal-nope&#39;');
  });

  it('passes heading-level to the element, 1 to 6', async () => {
    expect(await (await app.request('/embed/maltal-figure?indicator=N00914&geo=0136&heading-level=3')).text()).toContain(
      '<maltal-figure indicator="N00914" geo="0136" lang="sv" heading-level="3"></maltal-figure>',
    );
    expect((await app.request('/embed/maltal-figure?indicator=N00914&geo=0136&heading-level=7')).status).toBe(400);
  });
});
