// Rule: one search finds kommuner, län, plans and indicators as a person types them, the expected
// page first: a place named exactly, a plan by its kommun and subject, an indicator by its words.
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from '../../../helpers/app.ts';
import { EXPECTED_FIRST, hrefs, page, section } from '../../../helpers/pages.ts';

const app = testApp();

describe('GET /v1/search', () => {
  it.each(EXPECTED_FIRST)('%s: %s first', async (q, expected) => {
    const { res, body } = await getJson(app, `/v1/search?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(body.data[0].page).toBe(expected);
    expect(body.data.map((h: any) => h.score)).toEqual([...body.data.map((h: any) => h.score)].sort((a, b) => b - a));
  });

  it('finds places without å, ä and ö and with the kind of place named', async () => {
    for (const [q, first] of [
      ['sodertalje', '0181'],
      ['Södertälje kommun', '0181'],
      ['Stockholms län', '01'],
      ['Stockholm', '0180'],
      ['goteborg', '1480'],
    ]) {
      const { body } = await getJson(app, `/v1/search?q=${encodeURIComponent(q!)}`);
      expect(body.data[0].id, q).toBe(first);
    }
  });

  it('finds a plan by its kommun, and a kommun by part of a longer query', async () => {
    const { body } = await getJson(app, '/v1/search?q=Malm%C3%B6');
    expect(body.data.slice(0, 2).map((h: any) => h.kind)).toEqual(['municipality', 'plan']);
    const partial = await getJson(app, '/v1/search?q=Haninge+nonsensword');
    expect(partial.body.data.map((h: any) => h.id)).toContain('0136');
  });

  it('answers as CSV too, and refuses a query without words or with too many, saying why', async () => {
    const csv = await app.request('/v1/search?q=utsl%C3%A4pp&format=csv');
    expect((await csv.text()).split('\r\n')[0]).toBe('kind,id,title_sv,title_en,detail_sv,detail_en,page,url,score');
    for (const q of ['', '---', Array.from({ length: 21 }, (_, i) => `ord${i}`).join(' ')]) {
      const res = await app.request(`/v1/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
    expect((await app.request('/v1/search')).status).toBe(400);
  });
});

describe('GET /sok?q=', () => {
  it.each(EXPECTED_FIRST)('%s: the page lists %s first', async (q, expected) => {
    const { html } = await page(app, `/sok?q=${encodeURIComponent(q)}`);
    expect(hrefs(section(html, '<ol class="results">', '</ol>'))[0]).toBe(expected);
  });

  it('says when nothing is found, and asks for words when none are given', async () => {
    expect((await page(app, '/sok?q=xyzzyplugh')).html).toContain('Inga träffar.');
    const empty = await page(app, '/sok');
    expect(empty.res.status).toBe(200);
    expect(empty.html).toContain('Skriv en kommun, ett län, ett mått eller en plan');
  });
});
