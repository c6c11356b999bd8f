// Rule: maltal-map draws every kommun (or län) from the API's boundaries, coloured in five
// colour-blind-safe classes explained in a Swedish legend, each area reachable by keyboard with
// its name and value, every area in the table, axe-clean, dark-aware and readable on errors.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatValue } from '../../widgets/lib/format.ts';
import { runAxe, shadowMarkup, startBrowserEnv, type BrowserEnv } from '../helpers/browser.ts';

let env: BrowserEnv;
const STYLE = '<style>maltal-map{width:640px}</style>';
const SWEDEN = '<maltal-map indicator="population" period="2024"></maltal-map>';
const COUNTY = '<maltal-map indicator="population" period="2024" county="01"></maltal-map>';

beforeAll(async () => {
  env = await startBrowserEnv();
}, 120_000);
afterAll(() => env?.close());

interface Row {
  geo: string;
  value: number;
}

async function population(query: string): Promise<Row[]> {
  const res = await fetch(`${env.baseUrl}/v1/observations?indicator=population&from=2024&to=2024&gender=T&${query}`);
  return ((await res.json()) as { data: Row[] }).data;
}

const focusedIndex = (page: Page) =>
  page.evaluate(() =>
    ((globalThis as any).document.querySelector('maltal-map')!.shadowRoot!.activeElement as any)?.getAttribute('data-geo'),
  );

describe('<maltal-map>', () => {
  it('draws the 290 kommuner with their 2024 population and a legend of five classes with Swedish limits', async () => {
    const page = await env.open(SWEDEN, { head: STYLE });
    const rows = await population('type=municipality');
    expect(rows).toHaveLength(290);
    const areas = page.locator('maltal-map path.area');
    expect(await areas.count()).toBe(290);
    const labels = new Map(
      await areas.evaluateAll((els) => els.map((el) => [el.getAttribute('data-geo')!, el.getAttribute('aria-label')!] as [string, string])),
    );
    for (const row of rows) expect(labels.get(row.geo)).toContain(formatValue(row.value, 0, 'personer', 'sv'));
    expect(labels.get('0136')).toMatch(/^Haninge: /);
    expect(await page.locator('maltal-map path.area.missing').count()).toBe(0);

    const legend = await page.locator('maltal-map [part=legend] li').allTextContents();
    expect(legend).toHaveLength(5);
    expect(legend[0]!.trim()).toMatch(/^under \d{1,3}(\u00a0\d{3})* \(\d+ områden\)$/);
    expect(legend[4]!.trim()).toMatch(/^\d{1,3}(\u00a0\d{3})* eller mer \(\d+ områden\)$/);
    const fills = new Set(await areas.evaluateAll((els) => els.map((el) => el.getAttribute('fill'))));
    expect(fills.size).toBe(5);
  });

  it('lists every area in the table, by name, once the reader opens it', async () => {
    const page = await env.open(SWEDEN, { head: STYLE });
    expect(await page.locator('maltal-map table[part=table]').count()).toBe(0);
    await page.locator('maltal-map [part=table-toggle] summary').click();
    // The table is drawn on the disclosure's toggle event, a task after the click: wait for it.
    await page.locator('maltal-map table[part=table]').waitFor();
    const names = await page.locator('maltal-map table[part=table] tbody th').allTextContents();
    expect(names).toHaveLength(290);
    expect(names[0]).toBe('Ale');
    expect(names).toContain('Haninge');
  });

  it('shows one län, and the län level', async () => {
    const page = await env.open(COUNTY, { head: STYLE });
    expect(await page.locator('maltal-map path.area').count()).toBe(26);
    expect(await page.locator('maltal-map svg[part=svg]').getAttribute('aria-label')).toBe(
      'Karta: Folkmängd, 2024, kommunerna i Stockholms län',
    );
    const counties = await env.open('<maltal-map indicator="N00914" level="county" period="2010"></maltal-map>', { head: STYLE });
    expect(await counties.locator('maltal-map path.area').count()).toBe(21);
  });

  it('stripes areas without a value and explains it in the legend', async () => {
    // N00914 2018 exists only for Stockholms län: the other 264 kommuner have no value.
    const page = await env.open('<maltal-map indicator="N00914" period="2018"></maltal-map>', { head: STYLE });
    expect(await page.locator('maltal-map path.area.missing').count()).toBe(264);
    expect(await page.locator('maltal-map path.area.missing').first().getAttribute('fill')).toBe('url(#maltal-map-missing)');
    expect(await page.locator('maltal-map [part=legend]').textContent()).toContain('Randigt: uppgift saknas (264 områden)');
  });

  it('moves to the neighbouring area with the arrow keys, finds an area by typing its name, Home and End by name', async () => {
    const page = await env.open(COUNTY, { head: STYLE });
    const middle = (geo: string) =>
      page.locator(`maltal-map path.area[data-geo="${geo}"]`).evaluate((el: any) => {
        const box = el.getBBox();
        return [box.x + box.width / 2, box.y + box.height / 2] as [number, number];
      });
    await page.keyboard.press('Tab');
    expect(await focusedIndex(page)).toBe('0127'); // Botkyrka comes first by name
    for (const [key, axis, sign] of [
      ['ArrowRight', 0, 1],
      ['ArrowUp', 1, -1],
      ['ArrowLeft', 0, -1],
      ['ArrowDown', 1, 1],
    ] as const) {
      const from = await focusedIndex(page);
      await page.keyboard.press(key);
      const to = await focusedIndex(page);
      expect(to, key).not.toBe(from);
      expect(sign * ((await middle(to))[axis] - (await middle(from))[axis]), `${key} from ${from} to ${to}`).toBeGreaterThan(0);
    }
    await page.keyboard.type('nyn');
    expect(await focusedIndex(page)).toBe('0192'); // Nynäshamn
    await page.keyboard.press('End');
    expect(await focusedIndex(page)).toBe('0117'); // Österåker
    expect(await page.locator('maltal-map .tooltip').textContent()).toContain('Österåker');
    await page.keyboard.press('Home');
    expect(await focusedIndex(page)).toBe('0127');
  });

  it('labels the chosen places on the map and lists them with their values, and uses the width beside the map', async () => {
    const page = await env.open('<maltal-map indicator="population" period="2024" geo="0136,1280"></maltal-map>', {
      head: '<style>maltal-map{width:860px}</style>',
    });
    const labels = await page.locator('maltal-map [part=place-label]').allTextContents();
    expect(labels).toEqual([expect.stringMatching(/^Haninge \d/), expect.stringMatching(/^Malmö \d/)]);
    expect(await page.locator('maltal-map .chosen-list li').allTextContents()).toEqual([
      expect.stringMatching(/^Haninge: \d/),
      expect.stringMatching(/^Malmö: \d/),
    ]);
    const [map, side] = await Promise.all([
      page.locator('maltal-map .map-box').boundingBox(),
      page.locator('maltal-map .map-side').boundingBox(),
    ]);
    expect(side!.x, 'the legend stands beside the map').toBeGreaterThan(map!.x + map!.width - 1);
    expect(side!.y).toBeLessThan(map!.y + 10);
  });

  it('colours every class with at least 3:1 contrast against the background, light and dark (WCAG 1.4.11)', async () => {
    const contrast = (page: Awaited<ReturnType<typeof env.open>>) =>
      page.locator('maltal-map').evaluate((el: any) => {
        const lum = (rgb: string) => {
          const [r, g, b] = rgb
            .match(/\d+(\.\d+)?/g)!
            .slice(0, 3)
            .map(Number)
            .map((c) => c / 255)
            .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const root = el.shadowRoot;
        const bg = lum((globalThis as any).getComputedStyle(root.querySelector('.frame')).backgroundColor);
        return [...root.querySelectorAll('.legend .swatch')].slice(0, 5).map((sw: any) => {
          const l = lum((globalThis as any).getComputedStyle(sw).fill);
          return Math.round(((Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05)) * 100) / 100;
        });
      });
    for (const ratio of await contrast(await env.open(SWEDEN, { head: STYLE }))) expect(ratio).toBeGreaterThanOrEqual(3);
    for (const ratio of await contrast(await env.open(SWEDEN, { head: STYLE, bodyAttributes: 'style="background:#111;color:#eee"' })))
      expect(ratio).toBeGreaterThanOrEqual(3);
  });

  it('has no WCAG 2.1 AA violations (axe-core), in light and dark', async () => {
    expect(await runAxe(await env.open(COUNTY, { head: STYLE }))).toEqual([]);
    expect(
      await runAxe(await env.open(COUNTY, { head: STYLE, colorScheme: 'dark', bodyAttributes: 'style="background:#111;color:#eee"' })),
    ).toEqual([]);
  });

  it('follows a dark host page', async () => {
    const page = await env.open(COUNTY, { head: STYLE, colorScheme: 'dark', bodyAttributes: 'style="background:#111;color:#eee"' });
    expect(await page.locator('maltal-map .frame').getAttribute('data-scheme')).toBe('dark');
    expect(await page.locator('maltal-map .frame').evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor)).toBe(
      'rgb(23, 24, 27)',
    );
  });

  it('says in Swedish that an unknown indicator does not exist', async () => {
    const page = await env.open('<maltal-map indicator="N99999"></maltal-map>', { head: STYLE });
    expect(await page.locator('maltal-map [part=state]').innerText()).toBe('Hittar inget mått med id N99999');
  });

  it('draws the same SVG every time', async () => {
    const page = await env.open(COUNTY, { head: STYLE });
    expect(await shadowMarkup(page, 'maltal-map svg[part=svg]')).toMatchSnapshot();
  });
});
