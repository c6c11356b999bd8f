// Rule: every package committed in datasets/ passes the validator as it is now, and records
// where its figures come from.
import { describe, expect, it } from 'vitest';
import { loadAllPackages } from '../../scripts/lib/build-database.ts';
import { DATASETS_DIR } from '../helpers/paths.ts';

const packages = loadAllPackages(DATASETS_DIR);

describe('datasets/', () => {
  it('holds the five packages, all valid', () => {
    expect(packages.map((p) => p.descriptor.name)).toEqual(['agenda-2030', 'climate', 'employment', 'geographies', 'population']);
  });

  it.each(packages.map((p) => [p.descriptor.name, p] as const))('%s names its sources, the script that built it, and is not example data', (_name, p) => {
    expect(p.descriptor.sources.length).toBeGreaterThan(0);
    for (const s of p.descriptor.sources) expect(s.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.descriptor.built_by).toMatch(/^scripts\/sources\/.+\.ts$/);
    expect(p.descriptor.example).toBe(false);
  });
});
