/**
 * Shared vocabulary of the `employment` package converters: indicator metadata, units, the
 * notes that travel with observations, and the code mappings every source needs.
 */
import type { Bilingual, SDG_RELATIONS } from '../lib/package-format.ts';

export type Topic = 'labour-market' | 'education' | 'welfare' | 'economy' | 'population';

export const UNITS = {
  percent: { sv: 'procent', en: 'percent' },
  sekPerInhabitant: { sv: 'kr per invånare', en: 'SEK per inhabitant' },
  sekPerInhabitant0to64: { sv: 'kr per invånare 0–64 år', en: 'SEK per inhabitant aged 0–64' },
  sekPerInvestigation: { sv: 'kr per utredning', en: 'SEK per investigation' },
  sek: { sv: 'kr', en: 'SEK' },
  persons: { sv: 'personer', en: 'persons' },
} satisfies Record<string, Bilingual>;

export interface SdgLink {
  goal: number;
  target: string;
  relation: (typeof SDG_RELATIONS)[number];
}

/** Who defines the measure; decides where the Swedish description and the status come from. */
export type Definer = 'kolada' | 'scb' | 'skolverket';

/** Metadata written by hand for one indicator. Figures never live here, only words about them. */
export interface IndicatorMeta {
  id: string;
  definer: Definer;
  /** Kolada: the title as exported (the key the rows are matched on). Others: our title. */
  title_sv: string;
  title_en: string;
  /** Used only where Kolada's KPI catalogue has no entry for the id. */
  description_sv?: string;
  description_en: string;
  unit: keyof typeof UNITS;
  decimals: number;
  direction: 'increase' | 'decrease' | 'none';
  topic: Topic;
  breakdown_dimension?: string;
  successors?: string;
  /** Ids of the series this one replaces (a register's successor), ;-separated. */
  predecessors?: string;
  /** Only where the catalogue cannot tell (a title relabelled by a compiler); otherwise derived. */
  status?: 'active' | 'discontinued';
  caveats: Bilingual[];
  sdg: SdgLink[];
}

/** A geography code as Måltal writes it: Kolada's 0000 is Riket, 00LL is län LL. */
export function geoCode(sourceId: string): string {
  if (sourceId === '0000') return 'SE';
  if (/^00[0-9]{2}$/.test(sourceId)) return sourceId.slice(2);
  if (/^[0-9]{2}$|^[0-9]{4}$/.test(sourceId)) return sourceId;
  throw new Error(`unknown geography id '${sourceId}': expected 0000, 00LL, a 2-digit län or a 4-digit kommun code`);
}

const SCB_GENDERS: Record<string, string> = { 'män och kvinnor': 'T', kvinnor: 'K', män: 'M' };

/** SCB writes sex out in words; Måltal uses Kolada's T/K/M. */
export function scbGender(sex: string): string {
  const code = SCB_GENDERS[sex];
  if (!code) throw new Error(`unknown sex '${sex}': expected ${Object.keys(SCB_GENDERS).join(', ')}`);
  return code;
}

/** The exports S1–S4 have no gender column; PROVENANCE records their values as T by inference. */
export const SOURCES_WITHOUT_GENDER = ['S1', 'S2', 'S3', 'S4'];

export const NOTE_GENDER_INFERRED = 'Kön saknades i exporten; värdet är registrerat som totalt (T) genom slutledning.';
export const NOTE_EOS_ROUNDED = 'Avrundat till en decimal i Koladas EOS-export (S4).';
export const NOTE_BREAK_2019 =
  'Brott i serien från 2019: SCB använder sedan 2019 månatliga arbetsgivardeklarationer (AGI) i stället för årliga kontrolluppgifter (KU); jämför med tidigare år med försiktighet.';

/** What each source is, for the coverage sentence of an indicator's caveats. */
export const SOURCE_LABELS: Record<string, Bilingual> = {
  S1: { sv: 'Kolada-export för Stockholms län, hämtad ca april 2020', en: 'Kolada export for Stockholms län, downloaded about April 2020' },
  S2: { sv: 'Kolada-export för Stockholms län 2005–2019, gjord 2020', en: 'Kolada export for Stockholms län 2005–2019, made in 2020' },
  S3: { sv: 'KLD/Kolada-export för alla kommuner, ca november 2012', en: 'KLD/Kolada export of all municipalities, about November 2012' },
  S4: { sv: 'KLD/Kolada EOS-export, november 2012, en decimal', en: 'KLD/Kolada EOS export, November 2012, one decimal' },
  S5: { sv: 'Region Dalarnas sammanställning, maj 2023', en: "Region Dalarna's compilation, May 2023" },
  S6: { sv: 'Region Dalarnas sammanställning av SCB BAS, juni 2023', en: "Region Dalarna's compilation of SCB BAS, June 2023" },
  S10: { sv: 'Regionfakta-sidor (SCB BAS)', en: 'Regionfakta pages (SCB BAS)' },
  S11: { sv: 'SCB BAS årsvärden via Region Halland', en: 'SCB BAS annual values via Region Halland' },
  S12: { sv: 'SCB BAS månadsvärden via Region Halland', en: 'SCB BAS monthly values via Region Halland' },
  S13: { sv: 'Kolada via Region Halland', en: 'Kolada via Region Halland' },
};

/** One caveat sentence naming each source's coverage, so a reader sees where each series ends. */
export function coverageCaveat(rows: Record<string, string>[]): Bilingual {
  const bySource = new Map<string, { geos: Set<string>; first: string; last: string }>();
  for (const row of rows) {
    for (const id of (row.sources ?? '').split(';')) {
      const period = row.period ?? '';
      const entry = bySource.get(id) ?? { geos: new Set<string>(), first: period, last: period };
      entry.geos.add(row.geo ?? '');
      if (period < entry.first) entry.first = period;
      if (period > entry.last) entry.last = period;
      bySource.set(id, entry);
    }
  }
  const ids = [...bySource.keys()].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  const parts = ids.map((id) => {
    const e = bySource.get(id)!;
    const label = SOURCE_LABELS[id] ?? { sv: id, en: id };
    const span = e.first === e.last ? e.first : `${e.first}–${e.last}`;
    return {
      sv: `${id} (${label.sv}): ${e.geos.size} ${e.geos.size === 1 ? 'geografi' : 'geografier'}, ${span}`,
      en: `${id} (${label.en}): ${e.geos.size} ${e.geos.size === 1 ? 'geography' : 'geographies'}, ${span}`,
    };
  });
  // biome-ignore lint/complexity/useMathMinMax: periods are strings (YYYY, YYYY-MM); Math.max would compare numbers.
  const last = rows.reduce((max, r) => ((r.period ?? '') > max ? (r.period ?? '') : max), '');
  return {
    sv: `Serien slutar ${last} i de källor som fanns. Täckning per källa: ${parts.map((p) => p.sv).join('; ')}.`,
    en: `The series ends in ${last} in the sources available. Coverage by source: ${parts.map((p) => p.en).join('; ')}.`,
  };
}
