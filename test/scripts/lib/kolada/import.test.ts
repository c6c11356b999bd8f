// Rule: `import:kolada` writes a valid `kolada` package that keeps Kolada's gender, status and dates and says "Källa: Kolada"; on a bad response it writes nothing and the previous package stays byte for byte.
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../../api/node-env.ts';
import { loadAllPackages } from '../../../../scripts/lib/build-database.ts';
import type { KoladaDataRow } from '../../../../scripts/lib/kolada/api.ts';
import type { Row } from '../../../../scripts/lib/package-writer.ts';
import { tempDatasets } from '../../../helpers/packages.ts';
import { startServer, type Handler, type RecordedServer } from '../../../helpers/recorded-server.ts';

const FIXTURES = join(repoRoot, 'test/fixtures/kolada');
const json = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as { values: unknown[] };
/** Every recorded data row, by KPI: what Kolada would answer for any selection of municipalities. */
const RECORDED: Record<string, KoladaDataRow[]> = {
  N00914: [...json('data_N00914_page1.json').values, ...json('data_N00914_page2.json').values] as KoladaDataRow[],
  N03926: json('data_N03926_dalarna.json').values as KoladaDataRow[],
};
const KPIS = json('kpi_N00914_N03926.json').values as { id: string }[];

/** Kolada as recorded: /kpi/{ids} and /data/kpi/{ids}/municipality/{ids}, one page each. */
const kolada: Handler = (path) => {
  const kpi = /^\/v3\/kpi\/([^/?]+)$/.exec(path);
  if (kpi) {
    const ids = kpi[1]!.split(',');
    const values = KPIS.filter((k) => ids.includes(k.id));
    return { body: JSON.stringify({ values, count: values.length, next_page: null }) };
  }
  const data = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/([^/?]+)$/.exec(path);
  if (data) {
    const munis = data[2]!.split(',');
    const values = data[1]!.split(',').flatMap((id) => (RECORDED[id] ?? []).filter((r) => munis.includes(r.municipality)));
    return { body: JSON.stringify({ values, count: values.length, next_page: null }) };
  }
  return undefined;
};

let work: string;
let datasetsDir: string;
let server: RecordedServer;

beforeEach(() => ({ work, datasetsDir } = tempDatasets('maltal-kolada-import-')));
afterEach(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs the command as a user would, against the recorded server (async: the server lives in this process). */
function importKolada(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import-kolada.ts', ...args], {
      cwd: repoRoot,
      env: { ...process.env, MALTAL_DATASETS: datasetsDir, KOLADA_API_URL: `${server.origin}/v3` },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const rows = (file: string): Row[] => parse(readFileSync(join(datasetsDir, 'kolada', file), 'utf8'), { columns: true }) as Row[];

function snapshot(): Record<string, string> {
  const dir = join(datasetsDir, 'kolada');
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'base64')]),
  );
}

describe('import:kolada', () => {
  it('writes a valid package with every kommun, region and Riket requested 25 ids at a time', async () => {
    server = await startServer(kolada);
    const run = await importKolada('N00914');
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    const dataRequests = server.requests.filter((p) => p.startsWith('/v3/data/'));
    const ids = dataRequests.flatMap((p) => p.split('/')[6]!.split(','));
    expect(ids).toHaveLength(312); // 290 kommuner, 21 regions, Riket: every kolada_id in datasets/geographies
    expect(ids).toContain('0000');
    expect(Math.max(...dataRequests.map((p) => p.split('/')[6]!.split(',').length))).toBe(25);
    expect(() => loadAllPackages(datasetsDir)).not.toThrow();

    const obs = rows('observations.csv');
    expect(obs).toHaveLength(21 + 21 + 36); // Haninge and Södertälje T 1998–2018, Dalarna T/K/M 2010–2021
    const haninge2018 = obs.find((o) => o.geo === '0136' && o.period === '2018');
    expect(haninge2018).toMatchObject({
      indicator: 'N00914',
      gender: 'T',
      value: '80.874976',
      status: 'final',
      note: '',
      sources: 'KOLADA-V3',
    });
    expect(obs.filter((o) => o.geo === '20' && o.period === '2019').map((o) => [o.gender, o.value])).toEqual([
      ['T', '80.800561'],
      ['K', '79.740337'],
      ['M', '81.799323'],
    ]);
    const statusRow = obs.find((o) => o.geo === '20' && o.period === '2019' && o.gender === 'T');
    expect(statusRow).toMatchObject({ status: 'break', note: "Koladas status: 'Brott i serien'." });

    const descriptor = JSON.parse(readFileSync(join(datasetsDir, 'kolada', 'datapackage.json'), 'utf8'));
    expect(descriptor.attribution).toEqual({ sv: 'Källa: Kolada', en: 'Källa: Kolada' });
    expect(descriptor.licence_note.en).toMatch(/must not be attributed to Kolada/);
    expect(descriptor.sources[0]).toMatchObject({
      id: 'KOLADA-V3',
      title: 'Kolada API v3',
      path: `${server.origin}/v3`,
      attribution: 'Källa: Kolada',
    });
    expect(descriptor.sources[0].note).toMatch(/Hämtat \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/);

    const [indicator] = rows('indicators.csv');
    expect(indicator).toMatchObject({
      id: 'N00914',
      title_sv: 'Förvärvsarbetande invånare 20-64 år, andel (%)',
      unit_sv: 'procent',
      direction: 'none',
      last_published: '2023-02-22',
      next_publication: '',
    });
    expect(indicator!.caveats_en).toMatch(/does not say which direction is better/);
  });

  it('refuses a malformed body: names the URL, writes nothing, and leaves the previous package byte for byte', async () => {
    server = await startServer(kolada);
    expect((await importKolada('N00914')).status).toBe(0);
    const before = snapshot();
    await server.close();
    server = await startServer((path) => (path.startsWith('/v3/data/') ? { body: '{"values": [' } : kolada(path, undefined as never)));
    const run = await importKolada('N00914');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `GET ${server.origin}/v3/data/kpi/N00914/municipality/[0-9,]+: the body is not JSON \\(it starts '\\{"values": \\['\\); expected Kolada API v3 JSON`,
      ),
    );
    expect(run.stderr).toMatch(/Nothing was written; datasets\/kolada is unchanged/);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(datasetsDir).filter((d) => d.includes('.tmp-'))).toEqual([]);
  });

  it('refreshes every KPI of the config when given no ids, and keeps the gender split and publication dates', async () => {
    server = await startServer(kolada);
    const config = join(work, 'kolada-kpis.json');
    writeFileSync(
      config,
      JSON.stringify({
        kpis: [
          { id: 'N00914' },
          { id: 'N03926', title_en: 'Long-term unemployed, ages 25–65, share (%) of the population', direction: 'decrease' },
        ],
      }),
    );
    const run = await importKolada('--config', config);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2 KPI\(s\) refreshed \(N00914, N03926\)/);
    const indicators = rows('indicators.csv');
    expect(indicators.map((i) => i.id)).toEqual(['N00914', 'N03926']);
    const n03926 = indicators.find((i) => i.id === 'N03926')!;
    expect(n03926).toMatchObject({
      title_en: 'Long-term unemployed, ages 25–65, share (%) of the population',
      direction: 'decrease',
      topic: 'labour-market',
    });
    // kolada_kpi_catalogue.csv: publication_date 2027-01-19: the next publication until that day, then the last.
    const passed = new Date().toISOString().slice(0, 10) >= '2027-01-19';
    expect([n03926.last_published, n03926.next_publication]).toEqual(passed ? ['2027-01-19', ''] : ['', '2027-01-19']);
    const dalarna2022 = rows('observations.csv').filter((o) => o.indicator === 'N03926' && o.period === '2022');
    expect(dalarna2022.map((o) => [o.geo, o.gender])).toEqual([
      ['20', 'T'],
      ['20', 'K'],
      ['20', 'M'],
    ]);
    expect(() => loadAllPackages(datasetsDir)).not.toThrow();
  });

  it('refuses a KPI another package already defines, before fetching anything', async () => {
    server = await startServer(kolada);
    cpSync(join(repoRoot, 'datasets/employment'), join(datasetsDir, 'employment'), { recursive: true });
    const run = await importKolada('N00914');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/N00914 \(package 'employment'\) already defined by another package/);
    expect(server.requests).toEqual([]);
  });
});
