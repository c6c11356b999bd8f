/**
 * Turns hand-written indicator metadata plus the indicator's observations into the `indicators`
 * and `sdg-links` rows. Swedish descriptions and the status of Kolada KPIs come from Kolada's KPI
 * catalogue; caveats that follow from the rows (gender inferred, rounding, coverage) are derived
 * from the rows, so they cannot drift from the data.
 */
import type { Bilingual } from '../lib/package-format.ts';
import type { Row } from '../lib/package-writer.ts';
import { EDUCATION_SOURCE } from './employment-education.ts';
import { NOTE_EOS_ROUNDED, NOTE_GENDER_INFERRED, UNITS, coverageCaveat, type IndicatorMeta } from './employment-meta.ts';

/** Snapshot label of the S7 (API v3) catalogue; older S7b entries carry a longer label. */
const CURRENT_SNAPSHOT = '2026-03';

const EXPORT_YEAR: Record<string, string> = { S1: '2020', S2: '2020', S3: '2012', S4: '2012', S5: '2023' };

export interface Catalogue {
  byId: Map<string, Row>;
  currentTitles: Set<string>;
}

export function catalogue(rows: Row[]): Catalogue {
  return {
    byId: new Map(rows.map((r) => [r.kpi ?? '', r])),
    currentTitles: new Set(rows.filter((r) => r.catalogue_snapshot === CURRENT_SNAPSHOT).map((r) => r.title ?? '')),
  };
}

function describe(meta: IndicatorMeta, entry: Row | undefined): string {
  if (entry) {
    const snapshot = entry.catalogue_snapshot ?? '';
    const when =
      snapshot === CURRENT_SNAPSHOT
        ? `ögonblicksbild ${snapshot}`
        : `ögonblicksbild ${snapshot.slice(0, 7)}; nyckeltalet finns inte i ögonblicksbilden ${CURRENT_SNAPSHOT}`;
    return `${entry.description ?? ''} (Beskrivning ur Koladas KPI-katalog, ${when}.)`;
  }
  if (!meta.description_sv) throw new Error(`indicator ${meta.id}: not in Kolada's catalogue, so it needs a description_sv`);
  return meta.description_sv;
}

function statusOf(meta: IndicatorMeta, entry: Row | undefined, cat: Catalogue): { status: string; caveat?: Bilingual } {
  if (meta.status) return { status: meta.status };
  if (meta.definer !== 'kolada') return { status: 'active' };
  if (entry) {
    if (entry.catalogue_snapshot === CURRENT_SNAPSHOT) return { status: 'active' };
    // N00914 explains its own retirement and successors in its hand-written caveats.
    if (meta.successors) return { status: 'discontinued' };
    return {
      status: 'discontinued',
      caveat: {
        sv: `Nyckeltalet finns i Koladas katalog 2024-03 men inte i ${CURRENT_SNAPSHOT}; någon efterföljare har inte fastställts.`,
        en: `The KPI is in Kolada's 2024-03 catalogue but not in ${CURRENT_SNAPSHOT}; no successor has been established.`,
      },
    };
  }
  if (cat.currentTitles.has(meta.title_sv)) return { status: 'active' };
  return {
    status: 'discontinued',
    caveat: {
      sv: 'Den exporterade titeln motsvarar inget nyckeltal entydigt i Koladas katalog (2024-03, 2026-03); nyckeltalet har bytt namn eller upphört.',
      en: "The exported title matches no single KPI in Kolada's catalogue (2024-03, 2026-03); the KPI has been renamed or discontinued.",
    },
  };
}

/** When the Kolada values were taken: the years of the old exports, and Region Halland's undated fetch. */
function retrievalCaveat(rows: Row[]): Bilingual {
  const ids = new Set(rows.flatMap((r) => (r.sources ?? '').split(';')));
  const years = [...new Set([...ids].map((s) => EXPORT_YEAR[s]).filter(Boolean))].sort();
  const parts = { sv: [] as string[], en: [] as string[] };
  if (years.length > 0) {
    parts.sv.push(`exporter gjorda ${years.join(' och ')}`);
    parts.en.push(`exports made in ${years.join(' and ')}`);
  }
  if (ids.has(EDUCATION_SOURCE)) {
    parts.sv.push('Region Hallands hämtning ur Kolada (hämtdatum anges inte)');
    parts.en.push("Region Halland's fetch from Kolada (the fetch date is not recorded)");
  }
  return {
    sv: `Värdena kommer från ${parts.sv.join(' och från ')}; Kolada kan ha reviderat dem sedan dess.`,
    en: `Values come from ${parts.en.join(' and from ')}; Kolada may have revised them since.`,
  };
}

function derivedCaveats(meta: IndicatorMeta, entry: Row | undefined, rows: Row[]): Bilingual[] {
  const caveats: Bilingual[] = [];
  if (entry && entry.title !== meta.title_sv) {
    caveats.push({
      sv: `Titeln är som i exporten; Koladas titel i katalogen (${entry.catalogue_snapshot?.slice(0, 7)}) är "${entry.title}".`,
      en: `The title is as exported; Kolada's title in the catalogue (${entry.catalogue_snapshot?.slice(0, 7)}) is "${entry.title}".`,
    });
  }
  if (rows.some((r) => r.note?.includes(NOTE_GENDER_INFERRED))) {
    caveats.push({
      sv: 'Exporterna S1–S4 saknar kön; deras värden är registrerade som totalt (T) genom slutledning.',
      en: 'The S1–S4 exports have no gender; their values are recorded as total (T) by inference.',
    });
  }
  if (rows.some((r) => r.note?.includes(NOTE_EOS_ROUNDED))) {
    caveats.push({
      sv: 'Värden som bara kommer från EOS-exporten (S4) är avrundade till en decimal.',
      en: 'Values from the EOS export (S4) alone are rounded to one decimal.',
    });
  }
  // N00914 states its export years in its own caveats.
  if (meta.definer === 'kolada' && meta.id !== 'N00914') caveats.push(retrievalCaveat(rows));
  caveats.push(coverageCaveat(rows));
  return caveats;
}

function sourceIds(rows: Row[]): string {
  const ids = new Set(rows.flatMap((r) => (r.sources ?? '').split(';')));
  return [...ids].sort((a, b) => parseFloat(a.slice(1)) - parseFloat(b.slice(1)) || a.localeCompare(b)).join(';');
}

export function indicatorRow(meta: IndicatorMeta, rows: Row[], cat: Catalogue): Row {
  const entry = meta.definer === 'kolada' ? cat.byId.get(meta.id) : undefined;
  const { status, caveat } = statusOf(meta, entry, cat);
  const caveats = [...meta.caveats, ...(caveat ? [caveat] : []), ...derivedCaveats(meta, entry, rows)];
  const unit = UNITS[meta.unit];
  return {
    id: meta.id,
    title_sv: meta.title_sv,
    title_en: meta.title_en,
    description_sv: describe(meta, entry),
    description_en: meta.description_en,
    unit_sv: unit.sv,
    unit_en: unit.en,
    decimals: String(meta.decimals),
    direction: meta.direction,
    topic: meta.topic,
    sources: sourceIds(rows),
    status,
    successors: meta.successors ?? '',
    predecessors: meta.predecessors ?? '',
    breakdown_dimension: meta.breakdown_dimension ?? '',
    caveats_sv: caveats.map((c) => c.sv).join(' '),
    caveats_en: caveats.map((c) => c.en).join(' '),
  };
}

/** SDG links, each target checked against the Agenda 2030 target list. */
export function sdgLinkRows(metas: IndicatorMeta[], targets: Row[]): Row[] {
  const known = new Map(targets.map((t) => [t.target ?? '', t.goal ?? '']));
  return metas.flatMap((m) =>
    m.sdg.map((link) => {
      const goal = known.get(link.target);
      if (goal !== String(link.goal)) {
        throw new Error(`indicator ${m.id}: SDG target '${link.target}' of goal ${link.goal} is not in sdg_targets.csv`);
      }
      return { indicator: m.id, goal: String(link.goal), target: link.target, relation: link.relation };
    }),
  );
}
