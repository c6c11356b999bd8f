import { sql, type Selectable } from 'kysely';
import type { Db, NetworkMembersTable } from '../../db/database.ts';
import { MEMBER_STATUSES } from '../../lib/vocabulary.ts';
import type { NetworkMember, NetworkSummary } from './networks.schemas.ts';

type MemberStatus = (typeof MEMBER_STATUSES)[number];

function networkQuery(db: Db) {
  return db
    .selectFrom('networks as n')
    .selectAll('n')
    .select(
      MEMBER_STATUSES.map((status) =>
        sql<number>`(SELECT count(*) FROM network_members m WHERE m.network_id = n.id AND m.status = ${status})`.as(status),
      ),
    )
    .select(sql<number>`(SELECT count(*) FROM network_members m WHERE m.network_id = n.id)`.as('members_listed'));
}

export type NetworkRow = Awaited<ReturnType<ReturnType<typeof networkQuery>['execute']>>[number];

export function toNetworkSummary(row: NetworkRow): NetworkSummary {
  const r = row as NetworkRow & Record<MemberStatus, number>;
  return {
    id: row.id,
    name: row.name,
    description_sv: row.description_sv,
    description_en: row.description_en,
    organiser: row.organiser,
    launched: row.launched,
    website: row.url,
    member_count_indicator: row.member_count_indicator,
    members_listed: row.members_listed,
    members_by_status: Object.fromEntries(MEMBER_STATUSES.map((s) => [s, r[s]])) as Record<MemberStatus, number>,
    dataset: row.dataset_id,
    url: `/v1/networks/${row.id}`,
  };
}

export async function listNetworks(db: Db): Promise<NetworkRow[]> {
  return networkQuery(db).orderBy('n.id').execute();
}

export async function findNetwork(db: Db, id: string): Promise<NetworkRow | undefined> {
  return networkQuery(db).where('n.id', '=', id).executeTakeFirst();
}

const STATUS_ORDER = sql<number>`CASE status ${sql.join(
  MEMBER_STATUSES.map((s, i) => sql`WHEN ${s} THEN ${i}`),
  sql` `,
)} ELSE ${MEMBER_STATUSES.length} END`;

function toMember(row: Selectable<NetworkMembersTable>): NetworkMember {
  return {
    name: row.name,
    government_type: row.government_type,
    country: row.country,
    geo: row.geo,
    status: row.status as MemberStatus,
    joined: row.joined,
    joined_basis: row.joined_basis,
    sources: row.sources
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
    note: row.note,
  };
}

/** The members, by status (in the vocabulary's order: the surest first), then name. */
export async function listMembers(db: Db, networkId: string): Promise<NetworkMember[]> {
  const rows = await db
    .selectFrom('network_members')
    .selectAll()
    .where('network_id', '=', networkId)
    .orderBy(STATUS_ORDER)
    .orderBy('name')
    .execute();
  return rows.map(toMember);
}

export async function indicatorObservations(db: Db, indicatorId: string) {
  return db
    .selectFrom('observations')
    .select(['geo', 'period', 'gender', 'breakdown', 'value', 'status', 'note', 'sources'])
    .where('indicator_id', '=', indicatorId)
    .orderBy('period')
    .orderBy('geo')
    .orderBy('gender')
    .orderBy('breakdown')
    .execute();
}
