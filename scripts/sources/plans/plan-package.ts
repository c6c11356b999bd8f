/**
 * The shared shape of the plan packages: a municipal steering document transcribed as a goal tree
 * nested as in the document, with each goal's Agenda 2030 goals and the measures that follow it.
 * `writePlanPackage` flattens the tree into the `plans`, `goals`, `goal-sdg` and `goal-indicators`
 * resources, checks what the table schemas cannot (ids unique, links complete), and writes the package.
 */
import type { DIRECTIONS, GENDERS, MEASURE_KINDS, PLAN_TYPES } from '../../../api/lib/vocabulary.ts';
import type { Bilingual, PackageSource } from '../../lib/package-format.ts';
import { writePackage, type DescriptorInput, type Row } from '../../lib/package-writer.ts';

/** Date of the transcription; also the packages' `updated` date. */
export const UPDATED = '2026-11-22';

/** A measure that follows a goal: one row of `goal-indicators`. */
export interface Measure {
  /** `document`: the document names the measure; `maltal`: Måltal links a related series. */
  basis: 'document' | 'maltal';
  /** statistic (default): one series; gap: breakdown − compare_breakdown; qualitative: followed up in words. */
  kind?: (typeof MEASURE_KINDS)[number];
  measure_sv: string;
  measure_en: string;
  /** Our series; only where we hold exactly this measure (basis document) or the linked series (maltal). */
  indicator?: string;
  /** Defaults to the plan's kommun; '' where the series has no geography of the plan. */
  geo?: string;
  gender?: (typeof GENDERS)[number];
  breakdown?: string;
  /** For a gap: the breakdown subtracted from `breakdown`. */
  compare_breakdown?: string;
  direction: (typeof DIRECTIONS)[number];
  target_value?: string;
  target_period?: string;
  /** The document's "önskat utfall", in its words. */
  desired_outcome_sv?: string;
  /** Why the link, or what the measure is. */
  note: Bilingual;
  /** For a statistic without a series: what published data would let Måltal follow it. */
  data_needed?: Bilingual;
}

export interface GoalNode {
  /** The last part of the goal id; the id is the parent's id (or the plan id) + '.' + key. */
  key: string;
  level: string;
  number?: string;
  title_sv: string;
  title_en: string;
  description_sv?: string;
  /** Agenda 2030 goals exactly as the document lists them for this goal. */
  sdg?: number[];
  measures?: Measure[];
  children?: GoalNode[];
}

export interface PlanDocument {
  id: string;
  geo: string;
  title_sv: string;
  title_en: string;
  type: (typeof PLAN_TYPES)[number];
  adopted_by?: string;
  adopted?: string;
  valid_from?: string;
  valid_until?: string;
  document: string;
  document_url?: string;
  summary_sv: string;
  summary_en: string;
  /** The first year the plan applies to; values older than this are stale in its follow-up. */
  start_year: number;
  goals: GoalNode[];
}

export interface PlanPackage {
  name: string;
  title: string;
  title_en: string;
  description: string;
  description_en: string;
  /** The municipality as publisher of the document, in Swedish and English. */
  municipality: Bilingual;
  /** The document: its title as printed and the file of the copy in ../shared/seeds. */
  source: { title: string; seedFile: string; note: string };
  caveats: Bilingual[];
  builtBy: string;
  plan: PlanDocument;
}

type MeasureWords = Pick<Measure, 'measure_sv' | 'measure_en' | 'direction' | 'desired_outcome_sv'>;

/**
 * A statistic the document names that no series we hold follows yet. The note says what the
 * document does with it (`why`); `needed` names the published data that would let Måltal follow it.
 */
export function measureWithoutData(measure: MeasureWords, why: Bilingual, needed: Bilingual): Measure {
  return {
    basis: 'document',
    kind: 'statistic',
    measure_sv: measure.measure_sv,
    measure_en: measure.measure_en,
    direction: measure.direction,
    ...(measure.desired_outcome_sv ? { desired_outcome_sv: measure.desired_outcome_sv } : {}),
    note: why,
    data_needed: needed,
  };
}

/**
 * A measure the document follows up in words: an activity, a process, how a board has worked.
 * No statistic follows it, and none is missing; the municipality reports it in its annual report.
 */
export function qualitativeMeasure(measure: MeasureWords, why: Bilingual): Measure {
  return {
    basis: 'document',
    kind: 'qualitative',
    measure_sv: measure.measure_sv,
    measure_en: measure.measure_en,
    direction: measure.direction,
    ...(measure.desired_outcome_sv ? { desired_outcome_sv: measure.desired_outcome_sv } : {}),
    note: why,
  };
}

/** The document's level names in English; a level not here fails the build. */
export const LEVELS_EN: Record<string, string> = {
  målområde: 'target area',
  kommunfullmäktigemål: 'city council goal',
  uppdrag: 'assignment',
  strategiområde: 'strategy area',
  strategi: 'strategy',
  målbild: 'vision',
  frågeställning: 'question',
  'övergripande målsättning': 'overall aim',
  hållbarhetsdimension: 'sustainability dimension',
  hållbarhetsbokslut: 'sustainability report',
};

function fail(plan: string, message: string): never {
  throw new Error(`${plan}: ${message}`);
}

const KEY = /^[a-z0-9][a-z0-9-]*$/;
const DATE = /^[12][0-9]{3}-[01][0-9]-[0-3][0-9]$/;

export interface PlanTables {
  plans: Row[];
  goals: Row[];
  'goal-sdg': Row[];
  'goal-indicators': Row[];
}

/** Flattens the goal tree into the four plan resources, in document order. */
export function planTables(plan: PlanDocument): PlanTables {
  for (const field of ['adopted', 'valid_from', 'valid_until'] as const) {
    const value = plan[field];
    if (value !== undefined && !DATE.test(value)) fail(plan.id, `${field} '${value}' is not a date (YYYY-MM-DD)`);
  }
  const tables: PlanTables = {
    plans: [
      {
        id: plan.id,
        geo: plan.geo,
        title_sv: plan.title_sv,
        title_en: plan.title_en,
        type: plan.type,
        adopted_by: plan.adopted_by ?? '',
        adopted: plan.adopted ?? '',
        valid_from: plan.valid_from ?? '',
        valid_until: plan.valid_until ?? '',
        document: plan.document,
        document_url: plan.document_url ?? '',
        summary_sv: plan.summary_sv,
        summary_en: plan.summary_en,
        sources: 'D1',
        start_year: String(plan.start_year),
      },
    ],
    goals: [],
    'goal-sdg': [],
    'goal-indicators': [],
  };
  const ids = new Set<string>();
  const visit = (nodes: GoalNode[], parent: string | undefined) => {
    nodes.forEach((g, i) => {
      if (!KEY.test(g.key)) fail(plan.id, `goal key '${g.key}' must be lower-case letters, digits and hyphens`);
      const id = `${parent ?? plan.id}.${g.key}`;
      if (ids.has(id)) fail(plan.id, `goal id '${id}' is used twice`);
      ids.add(id);
      const levelEn = LEVELS_EN[g.level];
      if (!levelEn) fail(plan.id, `goal '${id}': level '${g.level}' has no English name; add it to LEVELS_EN`);
      tables.goals.push({
        id,
        plan: plan.id,
        parent: parent ?? '',
        level: g.level,
        level_en: levelEn,
        number: g.number ?? '',
        title_sv: g.title_sv,
        title_en: g.title_en,
        description_sv: g.description_sv ?? '',
        sort: String(i + 1),
      });
      const sdg = g.sdg ?? [];
      if (new Set(sdg).size !== sdg.length) fail(plan.id, `goal '${id}' lists an Agenda 2030 goal twice`);
      for (const n of sdg) {
        if (!Number.isInteger(n) || n < 1 || n > 17) fail(plan.id, `goal '${id}': Agenda 2030 goal ${n} is not 1–17`);
        tables['goal-sdg'].push({ goal: id, sdg_goal: String(n), sdg_target: '' });
      }
      (g.measures ?? []).forEach((m, j) => {
        const at = `goal '${id}', measure ${j + 1}`;
        const kind = m.kind ?? 'statistic';
        if (m.basis === 'maltal' && !m.indicator) fail(plan.id, `${at}: a maltal link needs an indicator`);
        if (m.target_period && !m.target_value) fail(plan.id, `${at}: target_period without target_value`);
        if (kind === 'qualitative' && (m.indicator || m.data_needed))
          fail(plan.id, `${at}: a qualitative measure has no series and needs none`);
        if (kind === 'statistic' && !m.indicator && !m.data_needed)
          fail(plan.id, `${at}: a statistic without a series must say what data would follow it (data_needed)`);
        if (m.indicator && m.data_needed) fail(plan.id, `${at}: data_needed is for measures without a series`);
        if (kind === 'gap' && (!m.indicator || !m.breakdown || !m.compare_breakdown))
          fail(plan.id, `${at}: a gap needs an indicator, a breakdown and a compare_breakdown`);
        if (kind !== 'gap' && m.compare_breakdown) fail(plan.id, `${at}: compare_breakdown is only for a gap`);
        tables['goal-indicators'].push({
          goal: id,
          sort: String(j + 1),
          basis: m.basis,
          measure_sv: m.measure_sv,
          measure_en: m.measure_en,
          indicator: m.indicator ?? '',
          geo: kind === 'qualitative' ? '' : (m.geo ?? plan.geo),
          gender: m.gender ?? '',
          breakdown: m.breakdown ?? '',
          direction: m.direction,
          target_value: m.target_value ?? '',
          target_period: m.target_period ?? '',
          desired_outcome_sv: m.desired_outcome_sv ?? '',
          note_sv: m.note.sv,
          note_en: m.note.en,
          kind,
          compare_breakdown: m.compare_breakdown ?? '',
          data_needed_sv: m.data_needed?.sv ?? '',
          data_needed_en: m.data_needed?.en ?? '',
        });
      });
      visit(g.children ?? [], id);
    });
  };
  visit(plan.goals, undefined);
  return tables;
}

/** The source entry for the document: no URL is known, so the path says where the copy is. */
function documentSource(pkg: PlanPackage): PackageSource {
  return {
    id: 'D1',
    title: pkg.source.title,
    path:
      pkg.plan.document_url ??
      `Kommunens dokument; ingen webbadress är känd. Textkopia: ../shared/seeds/${pkg.source.seedFile} i Måltals arbetskopia.`,
    publisher: pkg.municipality.sv,
    retrieved: UPDATED,
    licence: 'not stated',
    attribution: `Källa: ${pkg.municipality.sv}, ${pkg.source.title}`,
    note: pkg.source.note,
  };
}

const COMMON_CAVEATS: Bilingual[] = [
  {
    sv:
      'Målen återges ordagrant eller troget förkortade; beskrivningarna sammanfattar vad dokumentet säger. De engelska ' +
      'översättningarna är Måltals, inte kommunens.',
    en:
      'Goals are given verbatim or faithfully shortened; descriptions summarise what the document says. The English ' +
      "translations are Måltal's, not the municipality's.",
  },
  {
    sv:
      'I goal-indicators betyder basis "document" att dokumentet självt nämner måttet och basis "maltal" en serie som Måltal ' +
      'har valt att visa bredvid målet (dokumentet nämner den inte). Kind "statistic" följs av en serie, "gap" av skillnaden ' +
      'mellan två uppdelningar av en serie (t.ex. utrikes minus inrikes födda) och "qualitative" är en verksamhetsuppföljning ' +
      'i ord, som ingen statistik följer. En statistic utan indikator saknar data ännu; data_needed säger vilken data som skulle ' +
      'följa den. Agenda 2030-kopplingarna är bara de som dokumentet anger.',
    en:
      'In goal-indicators, basis "document" means the document itself names the measure and basis "maltal" a series Måltal ' +
      'chose to show beside the goal (the document does not name it). Kind "statistic" is followed by one series, "gap" by the ' +
      'difference between two breakdowns of a series (e.g. foreign-born minus Swedish-born) and "qualitative" is a follow-up ' +
      'in words that no statistic follows. A statistic without an indicator has no data yet; data_needed says which data would ' +
      'follow it. The Agenda 2030 links are only those the document states.',
  },
];

/** Writes datasets/<name>/ for one plan and returns its folder. */
export function writePlanPackage(pkg: PlanPackage): string {
  const tables = planTables(pkg.plan);
  const descriptor: DescriptorInput = {
    name: pkg.name,
    title: pkg.title,
    title_en: pkg.title_en,
    description: pkg.description,
    description_en: pkg.description_en,
    version: '1.0.0',
    updated: UPDATED,
    publisher: 'Måltal',
    licence_note: {
      sv:
        `Ett offentligt dokument från ${pkg.municipality.sv}; dokumentet anger ingen licens. Målen återges med hänvisning ` +
        'till dokumentet. Översättningar och länkar till serier (basis maltal) är Måltals.',
      en:
        `A public document of ${pkg.municipality.en}; the document states no licence. The goals are quoted with reference ` +
        "to the document. Translations and links to series (basis maltal) are Måltal's.",
    },
    attribution: {
      sv: `Källa: ${pkg.municipality.sv}, ${pkg.source.title}`,
      en: `Source: ${pkg.municipality.en}, ${pkg.source.title} (${pkg.plan.title_en})`,
    },
    sources: [documentSource(pkg)],
    caveats: [...COMMON_CAVEATS, ...pkg.caveats],
    example: false,
    built_by: pkg.builtBy,
  };
  const dir = writePackage(descriptor, tables);
  const links = tables['goal-indicators'];
  const count = (test: (l: Row) => boolean) => links.filter(test).length;
  console.log(
    `${pkg.name}: ${tables.goals.length} goals, ${tables['goal-sdg'].length} Agenda 2030 links, ${links.length} measures ` +
      `(${count((l) => l.indicator !== '')} with a series, ${count((l) => l.kind === 'statistic' && l.indicator === '')} statistics without one, ` +
      `${count((l) => l.kind === 'qualitative')} qualitative) → ${dir}`,
  );
  return dir;
}
