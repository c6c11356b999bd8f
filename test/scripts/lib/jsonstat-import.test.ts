// Rule: `import:jsonstat` turns a JSON-stat 2.0 dataset into a valid package with our geographies, periods and genders, keeping status symbols and notes; anything it cannot map is an error that lists what was found.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../api/node-env.ts';
import { loadAllPackages } from '../../../scripts/lib/build-database.ts';
import { convertJsonStat, mapPeriod, mapRegion } from '../../../scripts/lib/jsonstat-import.ts';
import type { Row } from '../../../scripts/lib/package-writer.ts';
import { tempDatasets } from '../../helpers/packages.ts';
import { DATASETS_DIR } from '../../helpers/paths.ts';
import { startServer, type RecordedServer } from '../../helpers/recorded-server.ts';

const FIXTURE = join(repoRoot, 'test/fixtures/jsonstat/scb_be0101_haninge_sodertalje.json');
const GEOGRAPHIES = new Set(
  (parse(readFileSync(join(DATASETS_DIR, 'geographies/geographies.csv'), 'utf8'), { columns: true }) as Row[]).map((g) => g.code ?? ''),
);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const scb = (): any => JSON.parse(readFileSync(FIXTURE, 'utf8'));
const OPTIONS = {
  packageName: 'scb-test',
  source: 'test/fixtures/jsonstat/scb_be0101_haninge_sodertalje.json',
  geographies: GEOGRAPHIES,
  retrievedAt: '2026-11-22T10:00:00Z',
};

describe('convertJsonStat on an SCB PxWebApi 2.0 response', () => {
  const { descriptor, tables } = convertJsonStat(scb(), 'scb.json', OPTIONS);
  const find = (geo: string, period: string, gender: string) =>
    tables.observations.find((o) => o.geo === geo && o.period === period && o.gender === gender);

  it('makes one indicator per ContentsCode, with unit, decimals, notes and the updated date', () => {
    expect(tables.indicators).toHaveLength(1);
    expect(tables.indicators[0]).toMatchObject({
      id: 'BE0101N1',
      title_sv: 'Folkmängd',
      unit_sv: 'antal',
      decimals: '0',
      last_published: '2025-08-15',
      sources: 'S1',
    });
    expect(tables.indicators[0]!.caveats_sv).toContain('Folkmängden 2024 redovisas efter kommunindelningen 1 januari 2025.');
    expect(tables.indicators[0]!.caveats_sv).toContain('år 2023: För 2023 finns bara totalt (män och kvinnor) i källan.');
    expect(descriptor.sources[0]).toMatchObject({ publisher: 'SCB', attribution: 'Källa: SCB' });
  });

  it('keeps every value of scb_population_kommun.csv, with kön 1/2/1+2 as M/K/T', () => {
    expect(tables.observations).toHaveLength(12);
    expect(find('0136', '2024', 'M')).toMatchObject({ value: '51533', status: 'final' });
    expect(find('0136', '2024', 'K')).toMatchObject({ value: '49362', status: 'final' });
    expect(find('0136', '2024', 'T')).toMatchObject({ value: '100895', status: 'final' });
    expect(find('0181', '2023', 'T')).toMatchObject({ value: '102519', status: 'final' });
    expect(find('0181', '2024', 'T')).toMatchObject({ value: '102911' });
  });

  it("keeps the status symbol '..' as missing, with the symbol in the note, and the cell note", () => {
    expect(find('0136', '2023', 'M')).toMatchObject({ value: '', status: 'missing', note: "Källans statussymbol: '..'." });
    expect(find('0181', '2023', 'K')).toMatchObject({ value: '', status: 'missing' });
    expect(find('0136', '2024', 'T')!.note).toBe('Folkmängd 31 december 2024.');
  });
});

describe('region, period and dimension mapping', () => {
  it('maps SCB and Kolada region codes to ours', () => {
    expect(['00', '0000', '01', '0020', '0136'].map(mapRegion)).toEqual(['SE', 'SE', '01', '20', '0136']);
  });

  it('maps years and months, and refuses quarters', () => {
    expect(['2024', '2024M03', '2024K1', '2024Q1'].map(mapPeriod)).toEqual(['2024', '2024-03', undefined, undefined]);
    const ds = scb();
    ds.dimension.Tid.category = { index: { '2024K1': 0, '2024K2': 1 }, label: { '2024K1': '2024K1', '2024K2': '2024K2' } };
    expect(() => convertJsonStat(ds, 'scb.json', OPTIONS)).toThrow(/time codes 2024K1, 2024K2 are not supported/);
  });

  it('maps Riket and a län', () => {
    const ds = scb();
    ds.dimension.Region.category = { index: { '00': 0, '01': 1 }, label: { '00': 'Riket', '01': 'Stockholms län' } };
    const geos = new Set(convertJsonStat(ds, 'scb.json', OPTIONS).tables.observations.map((o) => o.geo));
    expect(geos).toEqual(new Set(['SE', '01']));
  });

  it('lists every unknown region code', () => {
    const ds = scb();
    ds.dimension.Region.category = { index: { '0136': 0, '9999': 1 }, label: { '0136': 'Haninge', '9999': 'Okänd' } };
    expect(() => convertJsonStat(ds, 'scb.json', OPTIONS)).toThrow("scb.json: unknown region codes '9999' (Okänd)");
  });

  it('refuses two extra dimensions and names them', () => {
    const ds = scb();
    ds.id = ['Region', 'Alder', 'Civilstand', 'ContentsCode', 'Tid'];
    ds.size = [2, 2, 3, 1, 2];
    ds.dimension = {
      ...ds.dimension,
      Alder: { label: 'ålder', category: { index: { '0': 0, '1': 1 } } },
      Civilstand: { label: 'civilstånd', category: { index: { OG: 0, G: 1, SK: 2 } } },
    };
    delete ds.dimension.Kon;
    ds.value = new Array(24).fill(null);
    ds.status = {};
    expect(() => convertJsonStat(ds, 'scb.json', OPTIONS)).toThrow(
      /dimensions 'Alder' \(2 categories\), 'Civilstand' \(3 categories\) would all need a breakdown/,
    );
  });
});

describe('npm run import:jsonstat', () => {
  let work: string;
  let datasetsDir: string;
  let server: RecordedServer | undefined;
  beforeEach(() => ({ work, datasetsDir } = tempDatasets('maltal-jsonstat-')));
  afterEach(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const run = (...args: string[]): Promise<{ status: number | null; stderr: string }> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import-jsonstat.ts', ...args], {
        cwd: repoRoot,
        env: { ...process.env, MALTAL_DATASETS: datasetsDir },
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => resolve({ status, stderr }));
    });

  it('imports a PxWebApi 2.0 URL into a valid package named after the table', async () => {
    const body = readFileSync(FIXTURE, 'utf8');
    server = await startServer((path) => (path === '/api/v2/tables/TAB638/data?lang=sv&outputFormat=json-stat2' ? { body } : undefined));
    const result = await run(`${server.origin}/api/v2/tables/TAB638/data?lang=sv&outputFormat=json-stat2`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(() => loadAllPackages(datasetsDir)).not.toThrow();
    const obs = parse(readFileSync(join(datasetsDir, 'scb-tab638', 'observations.csv'), 'utf8'), { columns: true }) as Row[];
    expect(obs).toHaveLength(12);
  });

  it('writes nothing for an unknown region', async () => {
    const ds = scb();
    ds.dimension.Region.category.index = { '0136': 0, '9998': 1 };
    const file = join(work, 'bad.json');
    writeFileSync(file, JSON.stringify(ds));
    const result = await run(file, '--package', 'bad');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/unknown region codes '9998'/);
    expect(existsSync(join(datasetsDir, 'bad'))).toBe(false);
  });
});
