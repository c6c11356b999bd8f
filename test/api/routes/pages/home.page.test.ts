// Rule: the front door says what Måltal is in Swedish (and in English at ?lang=en), searches, shows
// the plans and current figures for Sweden, keeps the API examples, and every link on it works.
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from '../../../helpers/app.ts';
import { hrefs, page, section, text } from '../../../helpers/pages.ts';

const app = testApp();

describe('GET /', () => {
  it('says in Swedish what Måltal is, and every link on it answers', async () => {
    const { html } = await page(app, '/');
    expect(html).toContain('<html lang="sv">');
    expect(text(html)).toMatch(/Öppna data om de mått svenska kommuner följer upp sina mål med/);
    expect(html).toMatch(/<form class="search large" role="search" action="\/sok" method="get">/);
    const links = hrefs(html).filter((h) => h.startsWith('/'));
    expect(links.length).toBeGreaterThanOrEqual(25);
    for (const href of new Set(links)) expect((await app.request(href)).status, href).toBe(200);
  });

  it('says it in English at ?lang=en, with the links in English', async () => {
    const { html } = await page(app, '/?lang=en');
    expect(html).toContain('<html lang="en">');
    expect(text(html)).toMatch(/Open data on the figures Swedish municipalities follow their goals with/);
    expect(hrefs(html)).toContain('/kommun?lang=en');
  });

  it('shows the four plans and Sweden’s current employment rate as the API serves it', async () => {
    const { html } = await page(app, '/');
    expect(hrefs(html).filter((h) => h.startsWith('/plan/'))).toHaveLength(4);
    const { body } = await getJson(
      app,
      '/v1/observations?indicator=scb-bas-sysselsattningsgrad-20-64&geo=SE&gender=T&breakdown=utrikes-fodd&latest=true',
    );
    const row = body.data[0];
    expect(text(section(html, 'Aktuella siffror för Sverige', '</ul>'))).toContain(
      `Sysselsättningsgrad, utrikes födda ${String(row.value).replace('.', ',')} % ${row.period}`,
    );
  });

  it('keeps the API examples lower down, the first of them current data', async () => {
    const { html } = await page(app, '/');
    const api = section(html, 'Öppna data: API');
    const examples = hrefs(api).filter((h) => h.startsWith('/v1/'));
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(examples[0]).toContain('scb-bas-sysselsattningsgrad-20-64');
  });
});
