// Rule: the Kolada client follows every page, sends at most 25 ids per path segment, retries 429/5xx within bounds, and refuses a malformed body with the URL and what was expected.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../../api/node-env.ts';
import { fetchData, fetchKpis } from '../../../../scripts/lib/kolada/api.ts';
import { getJson } from '../../../../scripts/lib/kolada/http.ts';
import { sequence, startServer, type RecordedServer } from '../../../helpers/recorded-server.ts';

const FIXTURES = join(repoRoot, 'test/fixtures/kolada');
const fixture = (name: string, base = '') => readFileSync(join(FIXTURES, name), 'utf8').replaceAll('{{BASE}}', base);
const EMPTY = JSON.stringify({ values: [], count: 0, next_page: null });
const FAST = { baseDelayMs: 1, maxAttempts: 3 };

let server: RecordedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('Kolada paging', () => {
  it('follows next_page to the last page and returns the rows of both', async () => {
    let base = '';
    server = await startServer((path) => {
      if (path === '/v3/data/kpi/N00914/municipality/0136,0181,0020') return { body: fixture('data_N00914_page1.json', base) };
      if (path === '/v3/data/kpi/N00914/municipality/0136,0181,0020?page=2&per_page=21')
        return { body: fixture('data_N00914_page2.json', base) };
      return undefined;
    });
    base = `${server.origin}/v3`;
    const rows = await fetchData(base, ['N00914'], ['0136', '0181', '0020'], FAST);
    expect(server.requests).toEqual([
      '/v3/data/kpi/N00914/municipality/0136,0181,0020',
      '/v3/data/kpi/N00914/municipality/0136,0181,0020?page=2&per_page=21',
    ]);
    expect(rows).toHaveLength(21 + 33);
    expect(rows.find((r) => r.municipality === '0136' && r.period === 2018)?.values).toEqual([
      { gender: 'T', status: '', value: 80.874976, count: 1 },
    ]); // kolada_N00914_employment_rate_20_64.csv: 0136, 2018, T
    expect(new Set(rows.map((r) => r.municipality))).toEqual(new Set(['0136', '0181', '0020']));
  });
});

describe('the 25-id limit', () => {
  it('splits 30 municipality ids into two requests of 25 and 5', async () => {
    const kommuner = readFileSync(join(repoRoot, '../shared/sources/municipalities_290.csv'), 'utf8')
      .split('\n')
      .slice(1, 31)
      .map((line) => line.split(',')[0]!);
    server = await startServer(() => ({ body: EMPTY }));
    await fetchData(`${server.origin}/v3`, ['N00914'], kommuner, FAST);
    expect(server.requests).toEqual([
      `/v3/data/kpi/N00914/municipality/${kommuner.slice(0, 25).join(',')}`,
      `/v3/data/kpi/N00914/municipality/${kommuner.slice(25).join(',')}`,
    ]);
  });

  it('splits KPI ids too: 26 KPIs × 1 municipality make two requests', async () => {
    const kpis = Array.from({ length: 26 }, (_, i) => `N0${String(2200 + i).padStart(4, '0')}`);
    server = await startServer(() => ({ body: EMPTY }));
    await fetchData(`${server.origin}/v3`, kpis, ['0136'], FAST);
    expect(server.requests.map((p) => p.split('/')[4]!.split(',').length)).toEqual([25, 1]);
  });
});

describe('retries', () => {
  it('retries a 429 after the Retry-After it is given, then succeeds', async () => {
    const delays: number[] = [];
    const replies = sequence(
      { status: 429, headers: { 'retry-after': '0' }, body: '{"detail":"too many requests"}' },
      { body: fixture('kpi_N00914.json') },
    );
    server = await startServer(replies);
    const kpis = await fetchKpis(`${server.origin}/v3`, ['N00914'], { baseDelayMs: 5_000, onRetry: (i) => delays.push(i.delayMs) });
    expect(kpis.map((k) => k.id)).toEqual(['N00914']);
    expect(server.requests).toEqual(['/v3/kpi/N00914', '/v3/kpi/N00914']);
    expect(delays).toEqual([0]); // Retry-After: 0, not the 5 s backoff
  });

  it('retries a 503 with backoff, then succeeds', async () => {
    const replies = sequence({ status: 503, body: 'Service Unavailable' }, { body: fixture('kpi_N00914.json') });
    server = await startServer(replies);
    const [kpi] = await fetchKpis(`${server.origin}/v3`, ['N00914'], FAST);
    expect(kpi?.title).toBe('Förvärvsarbetande invånare 20-64 år, andel (%)');
    expect(kpi?.publication_date).toBe('2023-02-22');
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after the bounded number of attempts and says so', async () => {
    server = await startServer(() => ({ status: 500, body: 'oops' }));
    await expect(getJson(`${server.origin}/v3/kpi/N00914`, 'JSON', FAST)).rejects.toThrow(/HTTP 500 after 3 attempts; giving up/);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    server = await startServer(() => undefined);
    await expect(getJson(`${server.origin}/v3/kpi/N00914`, 'JSON', FAST)).rejects.toThrow(/HTTP 404; expected 200/);
    expect(server.requests).toHaveLength(1);
  });
});

describe('malformed bodies', () => {
  it('names the URL and what was expected when the body is not JSON', async () => {
    server = await startServer(() => ({ body: '<html>Underhåll pågår</html>' }));
    const url = `${server.origin}/v3/data/kpi/N00914/municipality/0136`;
    await expect(fetchData(`${server.origin}/v3`, ['N00914'], ['0136'], FAST)).rejects.toThrow(
      `GET ${url}: the body is not JSON (it starts '<html>Underhåll pågår</html>'); expected Kolada API v3 JSON`,
    );
  });

  it('names the field when a value has the wrong shape', async () => {
    const body = JSON.stringify({
      values: [{ kpi: 'N00914', municipality: '0136', period: 2018, values: [{ gender: 'X', status: '', value: 79.51388 }] }],
      count: 1,
    });
    server = await startServer(() => ({ body }));
    await expect(fetchData(`${server.origin}/v3`, ['N00914'], ['0136'], FAST)).rejects.toThrow(
      /values\[0\]\.values\[0\]\.gender: expected 'T', 'K' or 'M', got "X"/,
    );
  });

  it('says which KPI Kolada does not know instead of returning an empty table', async () => {
    server = await startServer(() => ({ body: fixture('kpi_N00914.json') }));
    await expect(fetchKpis(`${server.origin}/v3`, ['N00914', 'N99999'], FAST)).rejects.toThrow(/Kolada has no KPI 'N99999'/);
  });
});
