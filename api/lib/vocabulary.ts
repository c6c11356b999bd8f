/**
 * The fixed vocabularies of the data model, shared by the API and the dataset package format.
 */

/** `area` is a part of a kommun (a district, a CTC area), coded KKKK-xxx under its kommun. */
export const GEOGRAPHY_TYPES = ['country', 'county', 'municipality', 'area'] as const;
export const GENDERS = ['T', 'K', 'M'] as const;
export const DIRECTIONS = ['increase', 'decrease', 'none'] as const;
export const INDICATOR_STATUSES = ['active', 'discontinued'] as const;
export const SDG_RELATIONS = ['direct', 'proxy', 'context'] as const;

/**
 * Observation statuses, one vocabulary for every source. Mapped to SDMX codes in
 * `OBS_STATUS_SDMX` so that JSON-stat keeps them.
 */
export const OBSERVATION_STATUSES = ['final', 'provisional', 'revised', 'break', 'estimated', 'suppressed', 'missing'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/**
 * The one mapping of our statuses to SDMX CL_OBS_STATUS v2.2 (A normal value, B time series
 * break, E estimated value, O missing value, P provisional value, Q missing value; suppressed, …),
 * as JSON-stat's `status` carries them:
 *
 * - final → A (normal value).
 * - provisional → P, break → B, estimated → E: the same meaning.
 * - revised → A: CL_OBS_STATUS has no code for a revised value (revision is a fact about the
 *   dataset's versions, not a quality of the value), so it is a normal value; our own word goes in
 *   the JSON-stat `extension.status` of the value, so nothing is lost.
 * - suppressed → Q (missing value; suppressed): the value is withheld (too few answers or
 *   confidentiality). CL_CONF_STATUS describes why a value that is sent is confidential; ours are
 *   not sent at all, so no confidentiality code applies.
 * - missing → O (missing value), not M (data cannot exist) or L (exists but not collected): our
 *   sources do not say which.
 */
export const OBS_STATUS_SDMX: Record<ObservationStatus, string> = {
  final: 'A',
  provisional: 'P',
  revised: 'A',
  break: 'B',
  estimated: 'E',
  suppressed: 'Q',
  missing: 'O',
};

/** The statuses whose SDMX code another status shares: JSON-stat names them in `extension.status`. */
export const OBS_STATUS_SHARED_CODE: ReadonlySet<ObservationStatus> = new Set(['revised']);

export const OBS_STATUS_LABELS: Record<ObservationStatus, { sv: string; en: string }> = {
  final: { sv: 'slutligt värde', en: 'final value' },
  provisional: { sv: 'preliminärt värde', en: 'provisional value' },
  revised: { sv: 'reviderat värde', en: 'revised value' },
  break: { sv: 'brott i tidsserien', en: 'break in series' },
  estimated: { sv: 'skattat värde', en: 'estimated value' },
  suppressed: { sv: 'undertryckt (för få svar eller sekretess)', en: 'suppressed (too few answers or confidentiality)' },
  missing: { sv: 'värde saknas', en: 'value missing' },
};

export const GENDER_LABELS: Record<(typeof GENDERS)[number], { sv: string; en: string }> = {
  T: { sv: 'totalt', en: 'total' },
  K: { sv: 'kvinnor', en: 'women' },
  M: { sv: 'män', en: 'men' },
};

/** The breakdown code of a value that is not broken down (the total over the dimension). */
export const TOTAL_BREAKDOWN = 'total';

/** `YYYY` (a year) or `YYYY-MM` (a month). */
export const PERIOD_PATTERN = '^[12][0-9]{3}(-(0[1-9]|1[0-2]))?$';

/**
 * Kinds of measure a plan's goal is followed by: a statistic (one series), a gap (the difference
 * between two breakdowns of one series, e.g. utrikes minus inrikes födda) or a qualitative measure,
 * followed up in words in the municipality's own reports.
 */
export const MEASURE_KINDS = ['statistic', 'gap', 'qualitative'] as const;

/** Kinds of municipal steering document. */
export const PLAN_TYPES = ['council-goals', 'strategy', 'framework', 'assignment'] as const;
/** Where a goal's indicator link comes from: the document itself, or Måltal linking a related series. */
export const LINK_BASES = ['document', 'maltal'] as const;
/** Status of a member in a city network, as published. */
export const MEMBER_STATUSES = ['early_adopter', 'reported_signed', 'announced_to_sign', 'reported_committed_secondary'] as const;
