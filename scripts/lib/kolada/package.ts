/**
 * Kolada API v3 responses → the `kolada` dataset package: indicators with Kolada's ids, titles and
 * descriptions, observations keeping Kolada's gender and status, geographies mapped to ours, and
 * the attribution Kolada's terms require. Values are only reshaped, so they carry "Källa: Kolada".
 */
import type { Bilingual, PackageSource } from '../package-format.ts';
import { TOTAL_BREAKDOWN } from '../package-format.ts';
import type { DescriptorInput, Row } from '../package-writer.ts';
import type { KoladaDataRow, KoladaKpi } from './api.ts';

export const KOLADA_SOURCE_ID = 'KOLADA-V3';

/** One KPI in scripts/kolada-kpis.json: what Kolada's metadata does not say. */
export interface KpiConfig {
  id: string;
  /** Why this KPI is on the list (kept in the config, not the package). */
  why?: string;
  title_en?: string;
  description_en?: string;
  direction?: 'increase' | 'decrease' | 'none';
  topic?: string;
}

/** Kolada's terms of use, verbatim from http://kolada.se/om-oss/api ("Användarvillkor"). */
export const KOLADA_TERMS_SV =
  "Utnyttjande av data från Koladas API är avgiftsfritt och kräver inget avtal. Om du använder data från Kolada i en tjänst, ska källan anges ('Källa: Kolada'). Gör du egna bearbetningar på vår data, får inte Kolada anges som källa. Det är tillåtet att använda vår data för kommersiella ändamål. Revideringar av data i Kolada kan ske och aviseras inte särskilt.";

/** Kolada's own words for the attribution; the terms give it in Swedish only. */
export const KOLADA_ATTRIBUTION = 'Källa: Kolada';

/** A Kolada municipality id as Måltal codes it: 0000 is Riket (SE), 00LL is län LL, kommuner as they are. */
export function koladaGeo(id: string): string | undefined {
  if (id === '0000') return 'SE';
  if (/^00[0-9]{2}$/.test(id)) return id.slice(2);
  if (/^[0-9]{4}$/.test(id)) return id;
  return undefined;
}

/**
 * Kolada documents no vocabulary for `status` (rKolada asks "does it ever contain anything?"), so
 * only empty means final; recognisable words map to ours and anything else is kept as final with
 * the original in the note. A missing value is `missing` whatever the status says.
 */
export function mapStatus(status: string, value: number | null): { status: string; note: string } {
  const s = status.trim();
  const note = s === '' ? '' : `Koladas status: '${s}'.`;
  if (value === null) return { status: 'missing', note: [note, 'Kolada anger inget värde.'].filter(Boolean).join(' ') };
  const lower = s.toLowerCase();
  if (s === '') return { status: 'final', note };
  if (/^p$|prel/.test(lower)) return { status: 'provisional', note };
  if (/^r$|revid/.test(lower)) return { status: 'revised', note };
  if (/^b$|brott|break/.test(lower)) return { status: 'break', note };
  if (/skatt|estim/.test(lower)) return { status: 'estimated', note };
  if (/sekretess|suppress|röjande/.test(lower)) return { status: 'suppressed', note };
  return { status: 'final', note: `${note} Statusen har ingen motsvarighet i Måltals vokabulär; värdet visas som slutligt.` };
}

function unitOf(title: string): { sv: string; en: string; decimals: number } {
  if (/\(%\)|andel|procent/i.test(title)) return { sv: 'procent', en: 'percent', decimals: 1 };
  if (/kr\/inv/i.test(title)) return { sv: 'kr per invånare', en: 'SEK per inhabitant', decimals: 0 };
  if (/\bkr\b/i.test(title)) return { sv: 'kr', en: 'SEK', decimals: 0 };
  if (/antal/i.test(title)) return { sv: 'antal', en: 'number', decimals: 0 };
  return { sv: 'enligt titeln', en: 'as in the title', decimals: 1 };
}

function topicOf(kpi: KoladaKpi): string {
  const area = `${kpi.operating_area} ${kpi.title}`.toLowerCase();
  if (/arbetsmarknad|arbetslös|sysselsätt/.test(area)) return 'labour-market';
  if (/skola|utbildning|gymnas/.test(area)) return 'education';
  if (/omsorg|bistånd/.test(area)) return 'welfare';
  if (/befolkning/.test(area)) return 'population';
  return 'kolada';
}

/** Last and next publication from Kolada's dates: a date not yet passed is the next one. */
export function freshness(kpi: KoladaKpi, today: string): { last_published: string; next_publication: string } {
  const dates = [kpi.publication_date, kpi.prel_publication_date].filter((d): d is string => d !== null);
  const past = dates.filter((d) => d <= today).sort();
  const future = dates.filter((d) => d > today).sort();
  return { last_published: past.at(-1) ?? '', next_publication: future[0] ?? '' };
}

export function indicatorRow(kpi: KoladaKpi, config: KpiConfig | undefined, retrievedAt: string): Row {
  const unit = unitOf(kpi.title);
  const caveats: Bilingual[] = [];
  if (!config?.direction) {
    caveats.push({
      sv: 'Koladas metadata säger inte vilket håll som är bättre; riktningen är därför angiven som ingen (none).',
      en: "Kolada's metadata does not say which direction is better, so the direction is given as none.",
    });
  } else {
    caveats.push({
      sv: 'Riktningen (vilket håll som är bättre) är Måltals bedömning i scripts/kolada-kpis.json, inte Koladas.',
      en: "The direction (which way is better) is Måltal's judgement in scripts/kolada-kpis.json, not Kolada's.",
    });
  }
  if (!config?.title_en) {
    caveats.push({
      sv: 'Kolada publicerar bara svenska titlar; den engelska titeln är den svenska.',
      en: 'Kolada publishes Swedish titles only; the English title is the Swedish one.',
    });
  }
  const dates = [
    kpi.publ_period ? `senast publicerade period ${kpi.publ_period}` : '',
    kpi.publication_date ? `publiceringsdatum ${kpi.publication_date}` : '',
    kpi.prel_publication_date ? `preliminärt publiceringsdatum ${kpi.prel_publication_date}` : '',
  ].filter(Boolean);
  caveats.push({
    sv: `Hämtat från Koladas API v3 ${retrievedAt}${dates.length ? ` (${dates.join(', ')})` : ''}. Kolada reviderar data utan förvarning.`,
    en: `Retrieved from Kolada's API v3 at ${retrievedAt}. Kolada revises data without notice.`,
  });
  const fresh = freshness(kpi, retrievedAt.slice(0, 10));
  return {
    id: kpi.id,
    title_sv: kpi.title,
    title_en: config?.title_en ?? kpi.title,
    description_sv: kpi.description || kpi.title,
    description_en: config?.description_en ?? `Kolada describes this KPI in Swedish only; see the Swedish description. (${kpi.title})`,
    unit_sv: unit.sv,
    unit_en: unit.en,
    decimals: String(unit.decimals),
    direction: config?.direction ?? 'none',
    topic: config?.topic ?? topicOf(kpi),
    sources: KOLADA_SOURCE_ID,
    status: 'active',
    caveats_sv: caveats.map((c) => c.sv).join(' '),
    caveats_en: caveats.map((c) => c.en).join(' '),
    ...fresh,
  };
}

export class KoladaMappingError extends Error {}

/** Observations from data rows; ids Måltal has no geography for are an error listing them. */
export function observationRows(rows: KoladaDataRow[], geographies: Set<string>): Row[] {
  const unknown = new Set<string>();
  const out: Row[] = [];
  for (const r of rows) {
    const geo = koladaGeo(r.municipality);
    if (geo === undefined || !geographies.has(geo)) {
      unknown.add(r.municipality);
      continue;
    }
    for (const v of r.values) {
      const { status, note } = mapStatus(v.status, v.value);
      out.push({
        indicator: r.kpi,
        geo,
        period: String(r.period),
        gender: v.gender,
        breakdown: TOTAL_BREAKDOWN,
        value: v.value === null ? '' : String(v.value),
        status,
        note,
        sources: KOLADA_SOURCE_ID,
      });
    }
  }
  if (unknown.size > 0) {
    throw new KoladaMappingError(
      `Kolada returned values for ids Måltal has no geography for: ${[...unknown].sort().join(', ')}; expected 0000 (Riket), 00LL (a region) or a kommun code in datasets/geographies`,
    );
  }
  return out;
}

export function koladaSource(apiUrl: string, retrievedAt: string): PackageSource {
  return {
    id: KOLADA_SOURCE_ID,
    title: 'Kolada API v3',
    path: apiUrl,
    publisher: 'Kolada (RKA, Rådet för främjande av kommunala analyser)',
    retrieved: retrievedAt.slice(0, 10),
    licence: `Koladas användarvillkor (http://kolada.se/om-oss/api): "${KOLADA_TERMS_SV}" Ingen licens anges.`,
    attribution: KOLADA_ATTRIBUTION,
    note: `Hämtat ${retrievedAt} med npm run import:kolada. Värdena är oförändrade; bara koder och form är ändrade.`,
  };
}

export function koladaDescriptor(apiUrl: string, retrievedAt: string, previousVersion: string | undefined): DescriptorInput {
  return {
    name: 'kolada',
    title: 'Kolada: nyckeltal för kommuner och regioner',
    title_en: 'Kolada: key figures for municipalities and regions',
    description:
      'Nyckeltal ur Koladas API v3 för alla kommuner, regioner och Riket, hämtade med npm run import:kolada. Värdena, kön och status är Koladas; bara koderna för geografier är ändrade (0000 → SE, 00LL → LL).',
    description_en:
      "Key figures from Kolada's API v3 for all municipalities, regions and Sweden, fetched with npm run import:kolada. Values, gender and status are Kolada's; only geography codes are changed (0000 → SE, 00LL → LL).",
    version: previousVersion ?? '1.0.0',
    updated: retrievedAt.slice(0, 10),
    publisher: 'Måltal',
    licence_note: {
      sv: `Ingen licens. Kolada anger användarvillkor, inte en licens: "${KOLADA_TERMS_SV}" Måltal har bara omformat värdena, så de anges med "${KOLADA_ATTRIBUTION}". Egna beräkningar på dem (medelvärden, index, summor) får inte anges med Kolada som källa; ange dem som "egen bearbetning av data från Kolada".`,
      en: `No licence. Kolada states terms of use, not a licence: free of charge, no agreement needed, commercial use allowed; a service must state the source as "${KOLADA_ATTRIBUTION}"; if you process the data yourself, Kolada must not be named as the source; Kolada revises data without notice. Måltal has only reshaped the values, so they carry "${KOLADA_ATTRIBUTION}". Figures derived from them (averages, indices, sums) must not be attributed to Kolada; attribute them as "own calculation based on Kolada data".`,
    },
    // Kolada's terms give the attribution in these words; they are not translated.
    attribution: { sv: KOLADA_ATTRIBUTION, en: KOLADA_ATTRIBUTION },
    sources: [koladaSource(apiUrl, retrievedAt)],
    caveats: [
      {
        sv: 'Kolada reviderar data utan förvarning; varje import ersätter de hämtade nyckeltalens värden med Koladas värden vid hämtningen.',
        en: 'Kolada revises data without notice; each import replaces the fetched KPIs\u2019 values with Kolada\u2019s values at retrieval.',
      },
      {
        sv: 'Koladas status-fält har ingen dokumenterad vokabulär. Tom status blir slutligt värde; annan status behålls ordagrant i anmärkningen.',
        en: "Kolada's status field has no documented vocabulary. An empty status becomes a final value; any other status is kept verbatim in the note.",
      },
    ],
    example: false,
    built_by: 'scripts/import-kolada.ts',
  };
}
