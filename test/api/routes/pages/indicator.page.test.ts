// Rule: an indicator's page ranks every kommun by the API's values, sorts and filters by links
// without a script, keeps the chosen places of its trend in the address, says plainly where a
// series breaks or is replaced, and hands over the data, the API request and the embed code.
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from '../../../helpers/app.ts';
import { bodyRows, hrefs, page, section, text } from '../../../helpers/pages.ts';

const app = testApp();
const BAS = '/matt/scb-bas-sysselsattningsgrad-20-64';
const ranking = (html: string) => bodyRows(section(html, '<table id="ranking"', '</table>'));
const number = (cell: string) => Number(cell.replace(/\s|\*/g, '').replace('−', '-').replace(',', '.'));

describe('GET /matt/{id}: the ranking', () => {
  it('ranks all 290 kommuner in the latest period with the values the API serves, best first', async () => {
    const { html } = await page(app, `${BAS}?uppdelning=utrikes-fodd`);
    const rows = ranking(html);
    expect(rows).toHaveLength(290);
    expect(text(section(html, '<caption id="ranking-caption"', '</caption>'))).toContain('utrikes född, 2024: 290 kommuner');
    const { body } = await getJson(
      app,
      '/v1/observations?indicator=scb-bas-sysselsattningsgrad-20-64&type=municipality&from=2024&to=2024&gender=T&breakdown=utrikes-fodd&limit=1000',
    );
    const best = Math.max(...body.data.map((r: any) => r.value));
    expect(rows[0]![0]).toBe('1');
    expect(number(rows[0]![3]!)).toBe(best);
    const sodertalje = rows.find((r) => r[1] === 'Södertälje')!;
    expect(sodertalje[3]).toBe('72,6');
    const values = rows.map((r) => number(r[3]!));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('sorts by name, value and change, and filters by län, through links that need no script', async () => {
    const { html } = await page(app, BAS);
    const sorts = hrefs(section(html, '<thead>', '</thead>'));
    expect(sorts).toEqual(
      expect.arrayContaining([`${BAS}?sort=namn#rangordning`, `${BAS}?sort=varde#rangordning`, `${BAS}?sort=forandring#rangordning`]),
    );
    const byName = ranking((await page(app, `${BAS}?sort=namn`)).html).map((r) => r[1]!);
    expect(byName.slice(0, 3)).toEqual(['Ale', 'Alingsås', 'Alvesta']);
    expect(byName.at(-1)).toBe('Övertorneå');
    const ascending = ranking((await page(app, `${BAS}?sort=varde-upp`)).html).map((r) => number(r[3]!));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    const inStockholm = ranking((await page(app, `${BAS}?lan=01`)).html);
    expect(inStockholm).toHaveLength(26);
    expect(inStockholm.every((r) => r[2] === 'Stockholm')).toBe(true);
    // The rank stays the rank among all kommuner: the filter only shows fewer.
    const all = ranking(html);
    for (const r of inStockholm) expect(all.find((a) => a[1] === r[1])![0]).toBe(r[0]);
  });

  it('shows the period and breakdown asked for, and falls back to the defaults for values it does not have', async () => {
    const { html } = await page(app, `${BAS}?period=2020&kon=K`);
    expect(text(section(html, '<caption id="ranking-caption"', '</caption>'))).toContain('kvinnor, 2020: 290 kommuner');
    const fallback = await page(app, `${BAS}?period=1999&kon=X&sort=nonsense&uppdelning=nope`);
    expect(fallback.res.status).toBe(200);
    expect(text(section(fallback.html, '<caption id="ranking-caption"', '</caption>'))).toMatch(/SCB BAS\), 2024: 290 kommuner/);
  });

  it('ranks only shares, rates and scores; a total is sorted by value and says why there is no rank', async () => {
    const { html } = await page(app, '/matt/population');
    expect(section(html, '<thead>', '</thead>')).not.toContain('>Rang<');
    expect(text(html)).toContain('Ingen rang: måttet är en summa');
  });
});

describe('GET /matt/{id}: the trend of chosen places', () => {
  it('keeps the places in the address and shows their values as a table inside the chart element', async () => {
    const { html } = await page(app, `${BAS}?geo=0181,0136`);
    const trend = section(html, '<maltal-trend', '</maltal-trend>');
    expect(trend).toContain('geo="0181,0136"');
    const rows = bodyRows(trend);
    expect(rows.map((r) => r[0])).toEqual(['Södertälje', 'Haninge']);
    expect(rows[0]).toContain('76,9');
    expect(hrefs(section(html, 'id="utveckling"', '</form>'))).toContain(`${BAS}?geo=0136#utveckling`);
  });

  it('adds a place typed by name to the address, and says so when there is none by that name', async () => {
    const res = await app.request(`${BAS}?geo=0181&plats=haninge`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${BAS}?geo=0181,0136#utveckling`);
    expect((await app.request(`${BAS}?plats=Stockholms+l%C3%A4n`)).headers.get('location')).toBe(`${BAS}?geo=01#utveckling`);
    const { html } = await page(app, `${BAS}?geo=0181&plats=Atlantis`);
    expect(text(html)).toContain("Hittade ingen kommun eller något län som heter 'Atlantis'");
  });

  it('shows Riket when no place is chosen', async () => {
    const { html } = await page(app, BAS);
    expect(bodyRows(section(html, '<maltal-trend', '</maltal-trend>')).map((r) => r[0])).toEqual(['Riket']);
  });
});

describe('GET /matt/{id}: what the series is', () => {
  it('says plainly that BAS replaces the RAMS series and that the two are never spliced', async () => {
    const bas = text((await page(app, BAS)).html);
    expect(bas).toContain('Den här serien ersätter N00914');
    expect(bas).toContain('skarvas aldrig till en linje');
    const { html } = await page(app, '/matt/N00914');
    expect(text(html)).toContain('Serien har upphört och ersätts av scb-bas-sysselsattningsgrad-20-64');
    expect(hrefs(html)).toContain(BAS);
  });

  it('states unit, direction, coverage, source and Agenda 2030 links', async () => {
    const { html } = await page(app, BAS);
    const facts = text(section(html, '<dl class="facts">', '</dl>'));
    expect(facts).toContain('Enhet procent');
    expect(facts).toContain('Bättre är högre värde');
    expect(facts).toContain('Täckning 2020–2024; 290 kommuner, 21 län och riket');
    expect(hrefs(section(html, '<dl class="facts">', '</dl>'))).toContain('/agenda-2030/delmal/8.5');
    expect(text(section(html, 'id="kallor"'))).toContain('Källa: SCB');
  });

  it('hands over the data: every download answers, the API requests and the embed code name this indicator', async () => {
    const { html } = await page(app, `${BAS}?geo=0181,01,SE`);
    const downloads = hrefs(section(html, 'id="ladda-ner"', '</ul>'));
    expect(downloads.length).toBeGreaterThanOrEqual(10);
    for (const href of downloads) expect((await app.request(href)).status, href).toBe(200);
    const bytes = Buffer.from(
      await (await app.request(downloads.find((h) => h.includes('type=municipality') && h.endsWith('format=csv-sv'))!)).arrayBuffer(),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for å, ä, ö
    const csv = bytes.toString('utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(291);
    expect(text(section(html, 'id="api"', '</pre>'))).toContain(
      "curl 'http://localhost/v1/indicators/scb-bas-sysselsattningsgrad-20-64/observations?geo=0181,01,SE",
    );
    const embed = text(section(html, 'id="badda-in"'));
    expect(embed).toContain('<maltal-trend indicator="scb-bas-sysselsattningsgrad-20-64" geo="0181,01,SE" lang="sv"></maltal-trend>');
    expect(embed).toContain('/embed/maltal-trend?indicator=scb-bas-sysselsattningsgrad-20-64&amp;geo=0181,01,SE&amp;lang=sv');
    const iframe = /\/embed\/maltal-trend\?[^"]+/.exec(embed)![0].replaceAll('&amp;', '&');
    expect((await app.request(iframe)).status).toBe(200);
  });

  it('says plainly that an indicator without values has none yet (the CTC package ships the model without figures), and the API claims none', async () => {
    const { html } = await page(app, '/matt/ctc-com-r01');
    expect(text(html)).toContain('Måttet har inga värden ännu: datapaketet beskriver måttet men har inga siffror.');
    const { body } = await getJson(app, '/v1/indicators/ctc-com-r01');
    expect(body.coverage).toMatchObject({ observations: 0, periods: [], first_period: null, last_period: null, geographies: { count: 0 } });
    expect(text((await page(app, BAS)).html)).not.toContain('inga värden ännu');
  });

  it('answers an unknown indicator with a 404 page', async () => {
    const { res, html } = await page(app, '/matt/N99999');
    expect(res.status).toBe(404);
    expect(text(html)).toContain("Det finns inget mått 'N99999'");
  });

  it('lists every indicator by topic at /matt', async () => {
    const { html } = await page(app, '/matt');
    const { body } = await getJson(app, '/v1/indicators?limit=500');
    const links = hrefs(html).filter((h) => h.startsWith('/matt/'));
    expect(new Set(links)).toEqual(new Set(body.data.map((i: any) => `/matt/${encodeURIComponent(i.id)}`)));
  });

  it('marks the indicators a package describes without values (the CTC model), and only those', async () => {
    const { html } = await page(app, '/matt');
    const item = (id: string) => text(section(html, `<a href="/matt/${id}">`, '</li>'));
    expect(item('ctc-com-r01')).toContain('inga värden ännu');
    expect(item('population')).not.toContain('inga värden ännu');
    expect(item('example-ctc-com-r01')).not.toContain('inga värden ännu');
  });
});

describe('GET /matt/{id} for indicators of every kind', () => {
  it('answers every indicator’s page', async () => {
    const { body } = await getJson(app, '/v1/indicators?limit=500');
    for (const i of body.data) {
      const res = await app.request(`/matt/${encodeURIComponent(i.id)}`);
      expect(res.status, i.id).toBe(200);
      await res.text();
    }
  }, 120_000);
});
