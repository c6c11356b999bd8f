/** JSON-stat statuses are exact SDMX CL_OBS_STATUS codes, and our own word is kept where a code is shared. */
import { describe, expect, it } from 'vitest';
import { toJsonStat } from '../../../../api/routes/observations/observations.jsonstat.ts';
import { OBSERVATION_STATUSES, type ObservationStatus } from '../../../../api/lib/vocabulary.ts';
import type { ObservationRow } from '../../../../api/routes/observations/observations.queries.ts';

function row(period: string, status: ObservationStatus): ObservationRow {
  const withheld = status === 'suppressed' || status === 'missing';
  return {
    indicator: 'x',
    geo: '0136',
    geo_name: 'Haninge',
    period,
    gender: 'T',
    breakdown: 'total',
    breakdown_label: null,
    value: withheld ? null : 1,
    status,
    note: null,
    sources: 's',
    n: null,
    ci_low: null,
    ci_high: null,
  } as ObservationRow;
}

function jsonStatOf(rows: ObservationRow[]) {
  return toJsonStat({
    rows,
    indicators: [{ id: 'x', title_sv: 'x', title_en: 'x', unit_sv: 'st', unit_en: 'no.', decimals: 0 }],
    datasets: [],
    lang: 'en',
    origin: 'https://maltal.example',
    self: '/v1/observations',
    next: null,
    updated: '2026-01-01',
  });
}

describe('toJsonStat statuses', () => {
  // One value per status, periods 2001… in the order of OBSERVATION_STATUSES.
  const body = jsonStatOf(OBSERVATION_STATUSES.map((s, i) => row(String(2001 + i), s)));

  it('maps every status to its CL_OBS_STATUS code (suppressed Q, missing O, revised A)', () => {
    const byStatus = Object.fromEntries(OBSERVATION_STATUSES.map((s, i) => [s, body.status[i]]));
    expect(byStatus).toEqual({ final: 'A', provisional: 'P', revised: 'A', break: 'B', estimated: 'E', suppressed: 'Q', missing: 'O' });
  });

  it('keeps revised in extension.status, as CL_OBS_STATUS has no code for it', () => {
    expect(body.extension.status).toEqual({ [OBSERVATION_STATUSES.indexOf('revised')]: 'revised' });
  });

  it('labels each code once, A as a final value', () => {
    expect(body.extension.status_codes).toEqual({
      A: 'final value',
      P: 'provisional value',
      B: 'break in series',
      E: 'estimated value',
      Q: 'suppressed (too few answers or confidentiality)',
      O: 'value missing',
    });
  });
});
