// Rule: every package committed in datasets/ passes the validator as it is now, and records
// where its figures come from.
import { describe, expect, it } from 'vitest';
import { loadAllPackages } from '../../scripts/lib/build-database.ts';
import { DATASETS_DIR } from '../helpers/paths.ts';

const packages = loadAllPackages(DATASETS_DIR);

describe('datasets/', () => {
  it('holds the packages, all valid', () => {
    expect(packages.map((p) => p.descriptor.name)).toEqual([
      'agenda-2030',
      'boundaries',
      'climate',
      'ctc',
      'ctc-example',
      'employment',
      'geographies',
      'malmo-commitment',
      'plan-hallstahammar-2021',
      'plan-haninge-2020',
      'plan-malmo-2024',
      'plan-sodertalje-2017',
      'population',
    ]);
  });

  it.each(packages.map((p) => [p.descriptor.name, p] as const))('%s names its sources and the script that built it', (_name, p) => {
    expect(p.descriptor.sources.length).toBeGreaterThan(0);
    for (const s of p.descriptor.sources) expect(s.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.descriptor.built_by).toMatch(/^scripts\/.+\.ts/);
  });

  it('marks example data as such in its metadata, titles and every value, and only ctc-example is example data', () => {
    expect(packages.filter((p) => p.descriptor.example).map((p) => p.descriptor.name)).toEqual(['ctc-example']);
    const example = packages.find((p) => p.descriptor.example)!;
    expect(`${example.descriptor.title} ${example.descriptor.title_en}`).toMatch(/[Ee]xempel.*[Ee]xample|[Ee]xample.*[Ee]xempel/);
    for (const i of example.resources.indicators!.rows) expect(i.title_sv).toMatch(/^Exempeldata: /);
    for (const o of example.resources.observations!.rows) expect(o.note).toMatch(/^Exempeldata – inte verkliga resultat\./);
  });
});
