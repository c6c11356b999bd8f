// Rule: the ctc package holds the published catalogue as it is (no invented Swedish names) and no results.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readSourceCsv, type Row } from '../../../scripts/lib/package-writer.ts';
import { DATASETS_DIR } from '../../helpers/paths.ts';

function packageCsv(resource: string): Row[] {
  return parse(readFileSync(join(DATASETS_DIR, 'ctc', `${resource}.csv`), 'utf8'), { columns: true }) as Row[];
}

describe('ctc package', () => {
  const catalogue = readSourceCsv('ctc_factor_catalogue.csv');

  it('has the 38 factors of the catalogue, names as published and name_sv empty', () => {
    const factors = packageCsv('ctc-factors');
    expect(factors.map((f) => [f.id, f.domain, f.domain_sv, f.type, f.name_en, f.name_sv])).toEqual(
      catalogue.map((c) => [c.factor_id, c.domain, c.domain_sv, c.factor_type, c.name_en, '']),
    );
    expect(factors.filter((f) => f.type === 'risk')).toHaveLength(25);
  });

  it('has one indicator per factor, lower is better for risk and higher for protection', () => {
    const indicators = new Map(packageCsv('indicators').map((i) => [i.id, i]));
    for (const f of packageCsv('ctc-factors')) {
      const i = indicators.get(f.indicator ?? '');
      expect(f.indicator).toBe(`ctc-${f.id?.replaceAll('_', '-')}`);
      const kind = f.type === 'risk' ? { sv: 'riskfaktor', en: 'risk' } : { sv: 'skyddsfaktor', en: 'protective' };
      // No Swedish name is published: the Swedish title says so in Swedish and never translates the name.
      expect(f.name_sv).toBe('');
      expect([i?.title_sv, i?.title_en, i?.direction, i?.breakdown_dimension]).toEqual([
        `CTC-${kind.sv}: ${f.name_en} (engelskt namn; inget svenskt namn publicerat)`,
        `CTC ${kind.en} factor: ${f.name_en}`,
        f.type === 'risk' ? 'decrease' : 'increase',
        'school_year',
      ]);
    }
    expect(indicators.size).toBe(38);
  });

  it('holds no results, as none are published', () => {
    expect(packageCsv('observations')).toEqual([]);
  });
});
