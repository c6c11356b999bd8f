/**
 * The Måltal dataset package format: a Frictionless Data Package (datapackage.json + CSV files)
 * whose resources have fixed names and table schemas. This file is the one definition of those
 * schemas: the package writers copy them into datapackage.json, the validator checks every
 * package against them, and the database builder maps each resource to its table.
 */

export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'boolean';

export interface FieldDef {
  name: string;
  type: FieldType;
  description: string;
  constraints?: {
    required?: boolean;
    enum?: string[];
    pattern?: string;
    unique?: boolean;
    minimum?: number;
    maximum?: number;
  };
}

export interface ForeignKeyDef {
  fields: string[];
  /** `resource` is a resource name; in another package when `package` is set. */
  reference: { resource: string; fields: string[]; package?: string };
}

export interface TableSchema {
  fields: FieldDef[];
  primaryKey: string[];
  foreignKeys?: ForeignKeyDef[];
  missingValues: string[];
}

import {
  DIRECTIONS,
  GENDERS,
  GEOGRAPHY_TYPES,
  INDICATOR_STATUSES,
  LINK_BASES,
  MEASURE_KINDS,
  MEMBER_STATUSES,
  OBSERVATION_STATUSES,
  PERIOD_PATTERN,
  PLAN_TYPES,
  SDG_RELATIONS,
  TOTAL_BREAKDOWN,
} from '../../api/lib/vocabulary.ts';

export {
  DIRECTIONS,
  GENDERS,
  GEOGRAPHY_TYPES,
  INDICATOR_STATUSES,
  OBS_STATUS_SDMX,
  OBSERVATION_STATUSES,
  PERIOD_PATTERN,
  SDG_RELATIONS,
  TOTAL_BREAKDOWN,
} from '../../api/lib/vocabulary.ts';

export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]*$';
export const CODE_LIST_PATTERN = '^[A-Za-z0-9_.-]+(;[A-Za-z0-9_.-]+)*$';

const req = { required: true };

function str(name: string, description: string, constraints?: FieldDef['constraints']): FieldDef {
  return { name, type: 'string', description, ...(constraints ? { constraints } : {}) };
}

/** Every resource a Måltal package may hold, by its resource name. */
export const RESOURCE_SCHEMAS = {
  geographies: {
    fields: [
      str('code', 'SCB code: 4 digits for a kommun, 2 for a län, SE for Riket; KKKK-xxx for an area in kommun KKKK', {
        required: true,
        pattern: '^([0-9]{2}|[0-9]{4}|SE|[0-9]{4}-[a-z0-9-]+)$',
      }),
      str('name_sv', 'Name in Swedish', req),
      str('name_en', 'Name in English', req),
      str('short_name', 'Short name, as in running text (Haninge, Stockholm)', req),
      str('type', 'country, county or municipality', { required: true, enum: [...GEOGRAPHY_TYPES] }),
      str('parent', 'Code of the geography this one lies in'),
      str('kolada_id', 'The id Kolada uses (0000 Riket, 00LL for a region)', { unique: true }),
    ],
    primaryKey: ['code'],
    // Across packages: a package may add areas (KKKK-xxx) under a kommun of the geographies package.
    foreignKeys: [{ fields: ['parent'], reference: { package: 'geographies', resource: 'geographies', fields: ['code'] } }],
    missingValues: [''],
  },
  'sdg-goals': {
    fields: [
      { name: 'goal', type: 'integer', description: 'Goal number 1–17', constraints: { required: true, minimum: 1, maximum: 17 } },
      str('color', 'Official colour, #RRGGBB', { required: true, pattern: '^#[0-9A-F]{6}$' }),
      str('short_sv', 'Short title in Swedish', req),
      str('short_en', 'Short title in English', req),
      str('title_sv', 'Full title in Swedish', req),
      str('title_en', 'Full title in English', req),
      str('sv_source', 'Where the Swedish wording was published'),
    ],
    primaryKey: ['goal'],
    missingValues: [''],
  },
  'sdg-targets': {
    fields: [
      str('target', 'Target id, e.g. 8.5 or 13.a', { required: true, pattern: '^[0-9]{1,2}\\.[0-9a-z]{1,2}$' }),
      { name: 'goal', type: 'integer', description: 'Goal number', constraints: req },
      str('text_en', 'Target text in English (UN)', req),
      str('text_sv', 'Target text in Swedish, where published'),
      str('short_sv', 'Short Swedish title, where published'),
      str('sv_source', 'Where the Swedish wording was published'),
    ],
    primaryKey: ['target'],
    foreignKeys: [{ fields: ['goal'], reference: { resource: 'sdg-goals', fields: ['goal'] } }],
    missingValues: [''],
  },
  'sdg-indicators': {
    fields: [
      str('indicator', 'UN indicator id, e.g. 8.5.2', req),
      str('target', 'Target id', req),
      { name: 'goal', type: 'integer', description: 'Goal number', constraints: req },
      str('text_en', 'Indicator text in English (UN)', req),
      str('unsd_code', 'UNSD series code'),
    ],
    primaryKey: ['indicator'],
    foreignKeys: [{ fields: ['target'], reference: { resource: 'sdg-targets', fields: ['target'] } }],
    missingValues: [''],
  },
  indicators: {
    fields: [
      str('id', "Indicator id; the publisher's id where there is one (Kolada N00914)", {
        required: true,
        pattern: ID_PATTERN,
      }),
      str('title_sv', 'Title in Swedish', req),
      str('title_en', 'Title in English', req),
      str('description_sv', 'What is measured, in Swedish', req),
      str('description_en', 'What is measured, in English', req),
      str('unit_sv', 'Unit in Swedish (procent, ton CO2e, personer)', req),
      str('unit_en', 'Unit in English', req),
      { name: 'decimals', type: 'integer', description: 'Decimals to show', constraints: { required: true, minimum: 0, maximum: 6 } },
      str('direction', 'Which direction is better: increase, decrease or none', {
        required: true,
        enum: [...DIRECTIONS],
      }),
      str('topic', 'Topic code (labour-market, education, welfare, climate, population, …)', {
        required: true,
        pattern: '^[a-z][a-z0-9-]*$',
      }),
      str('sources', 'Ids of the package sources behind the indicator, ;-separated', {
        required: true,
        pattern: CODE_LIST_PATTERN,
      }),
      str('status', 'active or discontinued', { required: true, enum: [...INDICATOR_STATUSES] }),
      str('successors', 'Ids of the indicators that replace a discontinued one, ;-separated', {
        pattern: CODE_LIST_PATTERN,
      }),
      str(
        'predecessors',
        'Ids of the indicators this one replaces (e.g. a series of an older register), ;-separated; never spliced with it',
        {
          pattern: CODE_LIST_PATTERN,
        },
      ),
      str('breakdown_dimension', 'The dimension the breakdown column holds (sector, age, …), if any', {
        pattern: '^[a-z][a-z0-9_-]*$',
      }),
      str('release', 'The release of the source this series belongs to, where releases differ'),
      str('caveats_sv', 'What a reader must know, in Swedish'),
      str('caveats_en', 'What a reader must know, in English'),
      {
        name: 'last_published',
        type: 'date',
        description: 'When the source last published figures for the indicator, where it says (Kolada publication_date, JSON-stat updated)',
      },
      {
        name: 'next_publication',
        type: 'date',
        description: 'When the source plans to publish next, where it says (Kolada prel_publication_date or a future publication_date)',
      },
    ],
    primaryKey: ['id'],
    missingValues: [''],
  },
  breakdowns: {
    fields: [
      str('dimension', 'Dimension code (sector, age, fuel, …)', { required: true, pattern: '^[a-z][a-z0-9_-]*$' }),
      str('code', 'Breakdown code within the dimension', { required: true, pattern: ID_PATTERN }),
      str('label_sv', 'Label in Swedish', req),
      str('label_en', 'Label in English', req),
      { name: 'sort', type: 'integer', description: 'Order within the dimension', constraints: req },
    ],
    primaryKey: ['dimension', 'code'],
    missingValues: [''],
  },
  'sdg-links': {
    fields: [
      str('indicator', 'Indicator id in this package', req),
      { name: 'goal', type: 'integer', description: 'Agenda 2030 goal', constraints: { required: true, minimum: 1, maximum: 17 } },
      str('target', 'Agenda 2030 target, where the link is to a target'),
      str('relation', 'direct, proxy or context', { required: true, enum: [...SDG_RELATIONS] }),
    ],
    primaryKey: ['indicator', 'goal', 'target'],
    foreignKeys: [
      { fields: ['indicator'], reference: { resource: 'indicators', fields: ['id'] } },
      { fields: ['goal'], reference: { package: 'agenda-2030', resource: 'sdg-goals', fields: ['goal'] } },
      { fields: ['target'], reference: { package: 'agenda-2030', resource: 'sdg-targets', fields: ['target'] } },
    ],
    missingValues: [''],
  },
  plans: {
    fields: [
      str('id', 'Plan id, e.g. malmo-kf-mal-2024', { required: true, pattern: '^[a-z0-9][a-z0-9-]*$' }),
      str('geo', 'The municipality whose plan it is', req),
      str('title_sv', 'Title as in the document', req),
      str('title_en', 'Title in English', req),
      str('type', PLAN_TYPES.join(', '), { required: true, enum: [...PLAN_TYPES] }),
      str('adopted_by', 'Who adopted it (Kommunfullmäktige, Kommunstyrelsen …), as the document says'),
      { name: 'adopted', type: 'date', description: 'Date adopted, where the document gives it' },
      { name: 'valid_from', type: 'date', description: 'First day it applies, where given' },
      { name: 'valid_until', type: 'date', description: 'Last day it applies, where given' },
      str('document', 'How to cite the document: municipality, title, year, case or § number', req),
      str('document_url', 'Where the document is published, where known'),
      str('summary_sv', 'What the plan is for, in Swedish', req),
      str('summary_en', 'What the plan is for, in English', req),
      {
        name: 'start_year',
        type: 'integer',
        description:
          'The first year the plan applies to (adopted or valid from, or the year in its title); a measure whose newest value is older is stale',
        constraints: { required: true, minimum: 1900, maximum: 2100 },
      },
      str('sources', 'Ids of the package sources (the document), ;-separated', { required: true, pattern: CODE_LIST_PATTERN }),
    ],
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['geo'], reference: { package: 'geographies', resource: 'geographies', fields: ['code'] } }],
    missingValues: [''],
  },
  goals: {
    fields: [
      str('id', 'Goal id, unique across packages, e.g. malmo-kf-mal-2024.mo1.kf1', { required: true, pattern: '^[a-z0-9][a-z0-9.-]*$' }),
      str('plan', 'Plan id', req),
      str('parent', 'The goal this one belongs under (a målområde, a strategiområde), if any'),
      str(
        'level',
        "The document's own name for this level: målområde, kommunfullmäktigemål, strategiområde, strategi, målbild, dimension …",
        req,
      ),
      str('level_en', 'The level in English (target area, city council goal, strategy area …)', req),
      str('number', "The document's number for it, e.g. 1.2, where it has one"),
      str('title_sv', 'The goal as the document words it', req),
      str('title_en', 'The goal in English', req),
      str('description_sv', 'What the document says about it, in short'),
      { name: 'sort', type: 'integer', description: 'Order within its parent, as in the document', constraints: req },
    ],
    primaryKey: ['id'],
    foreignKeys: [
      { fields: ['plan'], reference: { resource: 'plans', fields: ['id'] } },
      { fields: ['parent'], reference: { resource: 'goals', fields: ['id'] } },
    ],
    missingValues: [''],
  },
  'goal-sdg': {
    fields: [
      str('goal', 'Goal id', req),
      {
        name: 'sdg_goal',
        type: 'integer',
        description: 'Agenda 2030 goal the document links it to',
        constraints: { required: true, minimum: 1, maximum: 17 },
      },
      str('sdg_target', 'Agenda 2030 target, where the document names one'),
    ],
    primaryKey: ['goal', 'sdg_goal', 'sdg_target'],
    foreignKeys: [
      { fields: ['goal'], reference: { resource: 'goals', fields: ['id'] } },
      { fields: ['sdg_goal'], reference: { package: 'agenda-2030', resource: 'sdg-goals', fields: ['goal'] } },
      { fields: ['sdg_target'], reference: { package: 'agenda-2030', resource: 'sdg-targets', fields: ['target'] } },
    ],
    missingValues: [''],
  },
  'goal-indicators': {
    fields: [
      str('goal', 'Goal id', req),
      { name: 'sort', type: 'integer', description: "Order of the goal's indicators", constraints: req },
      str('basis', 'document: the document names this measure; maltal: Måltal links a related series', {
        required: true,
        enum: [...LINK_BASES],
      }),
      str('measure_sv', 'The measure as the document words it (basis document), or what the series shows', req),
      str('measure_en', 'The same in English', req),
      str('indicator', 'Indicator id of the series that follows it; empty when there is no data yet'),
      str('geo', "The geography whose values follow the goal (usually the plan's municipality)"),
      str('gender', 'T, K or M where the goal concerns one', { enum: [...GENDERS] }),
      str('breakdown', 'Breakdown code where the goal concerns one'),
      str('direction', 'The desired direction: increase, decrease or none', { required: true, enum: [...DIRECTIONS] }),
      { name: 'target_value', type: 'number', description: 'The target value the document sets, if any' },
      str('target_period', 'When the target value is to be reached (YYYY)', { pattern: PERIOD_PATTERN }),
      str('desired_outcome_sv', 'The document\'s "önskat utfall", where it states one'),
      str('note_sv', 'Why this link, or what is missing, in Swedish', req),
      str('note_en', 'The same in English', req),
      str(
        'kind',
        `${MEASURE_KINDS.join(', ')}: one series; the difference breakdown − compare_breakdown of one series; followed up in words`,
        {
          required: true,
          enum: [...MEASURE_KINDS],
        },
      ),
      str('compare_breakdown', 'For a gap: the breakdown subtracted from `breakdown` (inrikes-fodd in utrikes − inrikes födda)'),
      str('data_needed_sv', 'For a statistic without data: what published data would let it be followed, in Swedish'),
      str('data_needed_en', 'The same in English'),
    ],
    primaryKey: ['goal', 'sort'],
    foreignKeys: [{ fields: ['goal'], reference: { resource: 'goals', fields: ['id'] } }],
    missingValues: [''],
  },
  networks: {
    fields: [
      str('id', 'Network id, e.g. malmo-commitment', { required: true, pattern: '^[a-z0-9][a-z0-9-]*$' }),
      str('name', 'Name as published', req),
      str('description_sv', 'What it is, in Swedish', req),
      str('description_en', 'What it is, in English', req),
      str('organiser', 'Who runs it (ICLEI …)', req),
      { name: 'launched', type: 'date', description: 'When it was launched' },
      str('url', 'Its page'),
      str('member_count_indicator', 'Indicator id of the member count computed from the member list'),
      str('sources', 'Ids of the package sources, ;-separated', { required: true, pattern: CODE_LIST_PATTERN }),
    ],
    primaryKey: ['id'],
    missingValues: [''],
  },
  'network-members': {
    fields: [
      str('network', 'Network id', req),
      str('name', 'Name as published', req),
      str('government_type', 'city, state (regional government) …', req),
      str('country', 'Country, in English', req),
      str('geo', 'Our geography code, for a Swedish member'),
      str('status', MEMBER_STATUSES.join(', '), { required: true, enum: [...MEMBER_STATUSES] }),
      { name: 'joined', type: 'date', description: 'When it joined, where a source says' },
      str('joined_basis', 'What the date rests on'),
      str('sources', 'URLs of the sources, ; -separated', req),
      str('note', 'Anything a reader must know'),
    ],
    primaryKey: ['network', 'name'],
    foreignKeys: [{ fields: ['network'], reference: { resource: 'networks', fields: ['id'] } }],
    missingValues: [''],
  },
  versions: {
    fields: [
      str('version', 'Version of the package (semantic: minor for changed figures)', {
        required: true,
        pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$',
      }),
      { name: 'date', type: 'date', description: 'When this version was written', constraints: req },
      { name: 'new', type: 'integer', description: 'Values added in this version', constraints: { required: true, minimum: 0 } },
      {
        name: 'revised',
        type: 'integer',
        description: 'Values whose value or status changed',
        constraints: { required: true, minimum: 0 },
      },
      { name: 'deleted', type: 'integer', description: 'Values removed', constraints: { required: true, minimum: 0 } },
    ],
    primaryKey: ['version'],
    missingValues: [''],
  },
  changes: {
    fields: [
      str('version', 'The version that made the change', req),
      { name: 'date', type: 'date', description: 'When', constraints: req },
      str('indicator', 'Indicator id', req),
      str('geo', 'Geography code', req),
      str('period', 'YYYY or YYYY-MM', { required: true, pattern: PERIOD_PATTERN }),
      str('gender', 'T, K or M', { required: true, enum: [...GENDERS] }),
      str('breakdown', 'Breakdown code', req),
      str('change', 'new, revised or deleted', { required: true, enum: ['new', 'revised', 'deleted'] }),
      { name: 'old_value', type: 'number', description: 'The value before (empty for new, or when it was empty)' },
      { name: 'new_value', type: 'number', description: 'The value after (empty for deleted, or when it is empty)' },
      str('old_status', 'The status before (empty for new)'),
      str('new_status', 'The status after (empty for deleted)'),
    ],
    primaryKey: ['version', 'indicator', 'geo', 'period', 'gender', 'breakdown'],
    foreignKeys: [{ fields: ['version'], reference: { resource: 'versions', fields: ['version'] } }],
    missingValues: [''],
  },
  'ctc-factors': {
    fields: [
      str('id', 'Factor id, e.g. com_r01', { required: true, pattern: '^[a-z]+_[rp][0-9]{2}$' }),
      str('domain', 'community, family, school or peer_individual', {
        required: true,
        enum: ['community', 'family', 'school', 'peer_individual'],
      }),
      str('domain_sv', 'The domain in Swedish', req),
      str('type', 'risk or protective', { required: true, enum: ['risk', 'protective'] }),
      str('name_en', 'Factor name in English', req),
      str('name_sv', 'Factor name in Swedish, where published (empty until then)'),
      str('item_info', 'Items and scale, where a source gives them'),
      str('indicator', "Indicator id whose observations hold this factor's results"),
      str('sources', 'Ids of the package sources, ;-separated', { required: true, pattern: CODE_LIST_PATTERN }),
    ],
    primaryKey: ['id'],
    missingValues: [''],
  },
  boundaries: {
    fields: [
      str('code', 'Geography code: 4 digits for a kommun, 2 for a län', { required: true, pattern: '^([0-9]{2}|[0-9]{4})$' }),
      str('type', 'municipality or county', { required: true, enum: ['municipality', 'county'] }),
      str('geometry', 'The boundary as a GeoJSON Polygon or MultiPolygon (WGS 84, longitude first), serialised as JSON', {
        required: true,
        pattern: '^\\{"type":"(Polygon|MultiPolygon)","coordinates":\\[',
      }),
    ],
    primaryKey: ['code'],
    foreignKeys: [{ fields: ['code'], reference: { package: 'geographies', resource: 'geographies', fields: ['code'] } }],
    missingValues: [''],
  },
  observations: {
    fields: [
      str('indicator', 'Indicator id', req),
      str('geo', 'Geography code', req),
      str('period', 'YYYY or YYYY-MM', { required: true, pattern: PERIOD_PATTERN }),
      str('gender', 'T (total), K (kvinnor, women) or M (män, men)', { required: true, enum: [...GENDERS] }),
      str('breakdown', `Breakdown code, ${TOTAL_BREAKDOWN} where not broken down`, { required: true, pattern: ID_PATTERN }),
      { name: 'value', type: 'number', description: 'The value, with a point as decimal mark; empty only when suppressed or missing' },
      str('status', OBSERVATION_STATUSES.join(', '), { required: true, enum: [...OBSERVATION_STATUSES] }),
      str('note', 'A note on this value'),
      str('sources', 'Ids of the package sources the value comes from, ;-separated', {
        required: true,
        pattern: CODE_LIST_PATTERN,
      }),
      { name: 'n', type: 'integer', description: 'Respondents (surveys)', constraints: { minimum: 0 } },
      { name: 'ci_low', type: 'number', description: 'Lower bound of the 95 % confidence interval (surveys)' },
      { name: 'ci_high', type: 'number', description: 'Upper bound of the 95 % confidence interval (surveys)' },
    ],
    primaryKey: ['indicator', 'geo', 'period', 'gender', 'breakdown'],
    foreignKeys: [
      { fields: ['indicator'], reference: { resource: 'indicators', fields: ['id'] } },
      { fields: ['geo'], reference: { package: 'geographies', resource: 'geographies', fields: ['code'] } },
    ],
    missingValues: [''],
  },
} satisfies Record<string, TableSchema>;

export type ResourceName = keyof typeof RESOURCE_SCHEMAS;

export function isResourceName(name: string): name is ResourceName {
  return Object.hasOwn(RESOURCE_SCHEMAS, name);
}

/** A source a package draws on: cited per indicator and per value by its id. */
export interface PackageSource {
  id: string;
  title: string;
  /** Where the copy was taken from: repository file, page or API. */
  path: string;
  /** Who published the figures originally (SCB, SMHI, Kolada (RKA), Trafikanalys …). */
  publisher: string;
  /** ISO date the copy was retrieved. */
  retrieved: string;
  /** The licence or terms as the publisher states them, or that none is stated. */
  licence: string;
  /** How to cite it, e.g. "Källa: Kolada". */
  attribution?: string;
  note?: string;
}

export interface Bilingual {
  sv: string;
  en: string;
}

/** The descriptor fields Måltal reads besides `resources`. */
export interface PackageDescriptor {
  name: string;
  title: string;
  title_en: string;
  description: string;
  description_en: string;
  version: string;
  /** ISO date of the last change to the package's figures. */
  updated: string;
  publisher: string;
  /**
   * The licences the publisher states; left out when it states none (Data Package 2.0 allows no
   * empty list), and licence_note says so.
   */
  licenses?: { name: string; path?: string; title: string }[];
  /** Anything the licence list cannot say: terms, missing licences, attribution rules. */
  licence_note: Bilingual;
  attribution: Bilingual;
  sources: PackageSource[];
  caveats: Bilingual[];
  /** True for example data made for a demo: never real figures. */
  example: boolean;
  /** The script that wrote the package from its sources. */
  built_by: string;
  resources: { name: string; path: string; format: 'csv'; mediatype: 'text/csv'; encoding: 'utf-8'; schema: TableSchema }[];
}
