import type { Selectable } from 'kysely';
import type { CtcFactorsTable, Db } from '../../db/database.ts';
import type { CTC_DOMAINS, CTC_FACTOR_TYPES, CtcFactor } from './ctc.schemas.ts';

export function toCtcFactor(row: Selectable<CtcFactorsTable>): CtcFactor {
  return {
    id: row.id,
    domain: row.domain as (typeof CTC_DOMAINS)[number],
    domain_sv: row.domain_sv,
    type: row.type,
    name_en: row.name_en,
    name_sv: row.name_sv,
    item_info: row.item_info,
    indicator: row.indicator_id,
    observations: row.indicator_id ? `/v1/indicators/${row.indicator_id}/observations` : null,
    sources: row.sources,
    dataset: row.dataset_id,
  };
}

/** The catalogue in the order of its ids: domain, then risk before protective, then number. */
export async function listCtcFactors(db: Db, f: { domain?: (typeof CTC_DOMAINS)[number]; type?: (typeof CTC_FACTOR_TYPES)[number] }) {
  let query = db.selectFrom('ctc_factors').selectAll();
  if (f.domain) query = query.where('domain', '=', f.domain);
  if (f.type) query = query.where('type', '=', f.type);
  return (await query.orderBy('id').execute()).map(toCtcFactor);
}
