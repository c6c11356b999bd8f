// Rule: a kommun's page shows its figures as the API serves them, beside its county and Riket, with
// the rank and its scope the follow-up method gives, its plans' follow-up, every indicator with data
// and one download of everything; codes alone lead to the address with the name; English too.
import { describe, expect, it } from 'vitest';
import { getJson, testApp } from '../../../helpers/app.ts';
import { bodyRows, hrefs, page, section, sv, text } from '../../../helpers/pages.ts';

const app = testApp();

describe('GET /kommun/{code}-{name}', () => {
  it('shows Södertälje’s employment by birth region in 2024 as SCB published it, beside the county and Riket', async () => {
    const { res, html } = await page(app, '/kommun/0181-sodertalje');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const work = text(section(html, 'id="arbetsmarknad"', '</section>'));
    // The figures (SCB BAS 2024): utrikes födda 72.6, inrikes födda 82.1, total 76.9.
    expect(work).toMatch(/Sysselsättningsgrad 20–64 år 76,9 % 2024/);
    expect(work).toMatch(/Sysselsättningsgrad, utrikes födda 72,6 % 2024/);
    expect(work).toMatch(/Sysselsättningsgrad, inrikes födda 82,1 % 2024/);
    expect(work).toMatch(/utrikes minus inrikes födda −9,5 procentenheter 2024/);
    const { body } = await getJson(
      app,
      '/v1/observations?indicator=scb-bas-sysselsattningsgrad-20-64&geo=01,SE&from=2024&to=2024&gender=T&breakdown=utrikes-fodd',
    );
    for (const row of body.data) expect(work).toContain(`${row.geo === 'SE' ? 'Riket' : 'Stockholms län'} ${sv(row.value, 1)} %`);
  });

  it('states each rank with its scope, the same rank the plan follow-up gives', async () => {
    const { html } = await page(app, '/kommun/0181-sodertalje');
    const { body } = await getJson(app, '/v1/plans/sodertalje-arbetsmarknadsuppdrag-2017/follow-up');
    const links = body.goals.flatMap((g: any) => g.links);
    const gap = links.find(
      (l: any) =>
        l.kind === 'gap' &&
        l.series.breakdown === 'utrikes-fodd' &&
        l.series.compare_breakdown === 'inrikes-fodd' &&
        l.series.indicator === 'scb-bas-sysselsattningsgrad-20-64',
    );
    expect(gap.rank.text_sv).toMatch(/av 290 kommuner/);
    expect(text(html)).toContain(`Rang ${gap.rank.text_sv}`);
    expect(text(html)).not.toMatch(/Rang \d+:[ae] av \d+\b(?! kommuner)/); // never a bare "3 av 9"
  });

  it('lists its plans with their follow-up counts as the API counts them', async () => {
    const { html } = await page(app, '/kommun/0181-sodertalje');
    const { body } = await getJson(app, '/v1/plans/sodertalje-arbetsmarknadsuppdrag-2017/follow-up');
    const plans = section(html, 'id="planer"', '</ul>');
    expect(hrefs(plans)).toContain('/plan/sodertalje-arbetsmarknadsuppdrag-2017');
    const s = body.meta.statuses;
    expect(text(plans)).toContain(
      `${s.followed} mått med aktuella värden, ${s.stale} med inaktuella värden, ${s.no_data_yet} utan data ännu, ${s.qualitative} kvalitativa`,
    );
  });

  it('lists every indicator with data for the place, and offers everything as one download', async () => {
    const { html } = await page(app, '/kommun/0181-sodertalje');
    const { body } = await getJson(app, '/v1/geographies/0181/observations');
    const rows = bodyRows(section(html, 'id="alla-matt"', '</table>'));
    expect(rows).toHaveLength(body.meta.indicators.length);
    expect(rows.find((r) => r[0]!.startsWith('Förvärvsarbetande invånare 20-64 år'))?.[0]).toContain('upphörd serie');
    const downloads = hrefs(section(html, 'id="ladda-ner"'));
    expect(downloads).toContain('/v1/geographies/0181/observations?format=csv-sv');
    for (const href of downloads) expect((await app.request(href)).status, href).toBe(200);
  });

  it('sends a code alone, or an old name, to the address with the name, keeping the language', async () => {
    for (const [path, location] of [
      ['/kommun/0181', '/kommun/0181-sodertalje'],
      ['/kommun/0181-sodertalje-kommun?lang=en', '/kommun/0181-sodertalje?lang=en'],
      ['/lan/01', '/lan/01-stockholm'],
    ]) {
      const res = await app.request(path!);
      expect(res.status, path).toBe(301);
      expect(res.headers.get('location'), path).toBe(location);
    }
  });

  it('answers an unknown kommun with a 404 page that offers the search', async () => {
    const { res, html } = await page(app, '/kommun/9999-ingenstans');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(text(html)).toContain("Det finns ingen kommun '9999-ingenstans'");
    expect(html).toContain('action="/sok"');
    expect((await app.request('/lan/0181')).status).toBe(404);
  });

  it('is in English at ?lang=en, with the links staying in English', async () => {
    const { html } = await page(app, '/kommun/0181-sodertalje?lang=en');
    expect(html).toContain('<html lang="en">');
    expect(text(html)).toMatch(/Employment rate, foreign-born 72.6 % 2024/);
    expect(hrefs(html)).toContain('/lan/01-stockholm?lang=en');
    expect(html).toContain('<link rel="canonical" href="http://localhost/kommun/0181-sodertalje?lang=en">');
  });
});

describe('GET /lan/{code}-{name} and /riket', () => {
  it('shows a län beside Riket, with its kommuner', async () => {
    const { res, html } = await page(app, '/lan/01-stockholm');
    expect(res.status).toBe(200);
    expect(text(section(html, 'id="arbetsmarknad"', '</section>'))).toMatch(/Sysselsättningsgrad 20–64 år 80,9 % 2024 .* Riket 80,9 %/);
    const kommuner = hrefs(section(html, 'Kommunerna i länet', '</ul>'));
    expect(kommuner).toHaveLength(26);
    expect(kommuner).toContain('/kommun/0181-sodertalje');
  });

  it('shows Sweden with its län', async () => {
    const { res, html } = await page(app, '/riket');
    expect(res.status).toBe(200);
    expect(hrefs(section(html, 'Länen', '</ul>'))).toHaveLength(21);
  });

  it('lists every kommun under its län at /kommun', async () => {
    const { html } = await page(app, '/kommun');
    const links = hrefs(html).filter((h) => /^\/kommun\/\d{4}-/.test(h));
    expect(new Set(links).size).toBe(290);
  });
});
