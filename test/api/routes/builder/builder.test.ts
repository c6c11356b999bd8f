// Rule: the embed builder is linked from the start page, labels every control in Swedish with
// English hints, and runs no inline script.
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../helpers/app.ts';

const app = testApp();

describe('GET /bygg', () => {
  it('is linked from the start page', async () => {
    expect(await (await app.request('/')).text()).toContain('<a href="/bygg">Bygg ett diagram att bädda in</a>');
  });

  it('labels every control and loads its one script from /widgets/v1/bygg.js', async () => {
    const res = await app.request('/bygg');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="sv">');
    for (const id of ['indicator', 'geo', 'plan', 'code-script', 'code-iframe']) expect(html, id).toContain(`<label for="${id}">`);
    expect(html).toMatch(/<legend>Diagramtyp <span lang="en">\(element\)<\/span><\/legend>/);
    expect(html).toMatch(/<legend>Språk <span lang="en">\(language\)<\/span><\/legend>/);
    for (const tag of ['maltal-trend', 'maltal-compare', 'maltal-figure', 'maltal-table', 'maltal-map', 'maltal-goals'])
      expect(html).toContain(`value="${tag}"`);
    expect(html).toContain('<script type="module" src="/widgets/v1/bygg.js"></script>');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });
});
