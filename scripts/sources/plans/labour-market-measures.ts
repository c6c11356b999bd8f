/**
 * The SCB BAS measures Måltal links to the plans' labour-market goals, worded once: the employment
 * and unemployment rates and the gaps between foreign-born and Swedish-born residents. Each plan
 * gives the note that says why the measure follows its goal.
 */
import type { Bilingual } from '../../lib/package-format.ts';
import { BAS_EMPLOYMENT, BAS_UNEMPLOYMENT } from '../employment-bas.ts';
import type { Measure } from './plan-package.ts';

type Options = Pick<Measure, 'basis' | 'breakdown' | 'gender' | 'geo'>;

const BIRTH_REGION = {
  'utrikes-fodd': { sv: 'utrikes födda', en: 'foreign-born' },
  'inrikes-fodd': { sv: 'inrikes födda', en: 'Swedish-born' },
} as const;
const SEX = { K: { sv: 'kvinnor', en: 'women' }, M: { sv: 'män', en: 'men' } } as const;

/** ", utrikes födda" and the like for a measure of one group; nothing for the total. */
function group(options: Partial<Options>): Bilingual {
  const named = options.breakdown
    ? BIRTH_REGION[options.breakdown as keyof typeof BIRTH_REGION]
    : options.gender && options.gender !== 'T'
      ? SEX[options.gender]
      : undefined;
  return named ? { sv: `, ${named.sv}`, en: `, ${named.en}` } : { sv: '', en: '' };
}

/** The employment rate aged 20–64 (SCB BAS), of everyone or of one group. */
export function basEmployment(note: Bilingual, options: Partial<Options> = {}): Measure {
  const g = group(options);
  return {
    basis: 'maltal',
    measure_sv: `Sysselsättningsgrad 20–64 år${g.sv} (SCB BAS)`,
    measure_en: `Employment rate aged 20–64${g.en} (SCB BAS)`,
    indicator: BAS_EMPLOYMENT.id,
    direction: 'increase',
    note,
    ...options,
  };
}

/** The register-based unemployment rate aged 20–64 (SCB BAS). */
export function basUnemployment(note: Bilingual, options: Partial<Options> = {}): Measure {
  const g = group(options);
  return {
    basis: 'maltal',
    measure_sv: `Arbetslöshet 20–64 år${g.sv}, andel av arbetskraften (SCB BAS, registerbaserad)`,
    measure_en: `Unemployment rate aged 20–64${g.en}, share of the labour force (SCB BAS, register-based)`,
    indicator: BAS_UNEMPLOYMENT.id,
    direction: 'decrease',
    note,
    ...options,
  };
}

/**
 * The gap between foreign-born and Swedish-born residents, foreign-born minus Swedish-born in
 * percentage points: in employment it should rise towards zero, in unemployment fall towards it.
 */
export function basGap(
  of: 'employment' | 'unemployment',
  note: Bilingual,
  options: Partial<Pick<Measure, 'basis' | 'measure_sv' | 'measure_en'>> = {},
): Measure {
  const employment = of === 'employment';
  return {
    basis: 'maltal',
    kind: 'gap',
    measure_sv: `Skillnad i ${employment ? 'sysselsättningsgrad' : 'arbetslöshet'} 20–64 år, utrikes minus inrikes födda, procentenheter (SCB BAS)`,
    measure_en: `Gap in the ${employment ? 'employment' : 'unemployment'} rate aged 20–64, foreign-born minus Swedish-born, percentage points (SCB BAS)`,
    indicator: (employment ? BAS_EMPLOYMENT : BAS_UNEMPLOYMENT).id,
    breakdown: 'utrikes-fodd',
    compare_breakdown: 'inrikes-fodd',
    direction: employment ? 'increase' : 'decrease',
    note,
    ...options,
  };
}
