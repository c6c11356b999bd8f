// Rule: the malmo-commitment package lists exactly the published members and counts only what the list supports in time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readSourceCsv, type Row } from '../../../scripts/lib/package-writer.ts';
import { launchCount, memberRows, observationRows } from '../../../scripts/sources/malmo-commitment.ts';
import { DATASETS_DIR } from '../../helpers/paths.ts';

const signatories = readSourceCsv('malmo_commitment_signatories.csv');
const counts = readSourceCsv('malmo_commitment_counts.csv');

function packageCsv(resource: string): Row[] {
  return parse(readFileSync(join(DATASETS_DIR, 'malmo-commitment', `${resource}.csv`), 'utf8'), { columns: true }) as Row[];
}

describe('malmo-commitment package', () => {
  it('lists every signatory with its status, date and sources as published', () => {
    const members = packageCsv('network-members');
    expect(members).toHaveLength(signatories.length);
    expect(members).toHaveLength(12);
    const published = signatories.map((s) => ({
      name: s.name_as_published,
      status: s.status,
      joined: s.date,
      joined_basis: s.date_basis,
      sources: (s.sources ?? '')
        .split(';')
        .map((u) => u.trim())
        .join(';'),
    }));
    expect(
      members.map((m) => ({ name: m.name, status: m.status, joined: m.joined, joined_basis: m.joined_basis, sources: m.sources })),
    ).toEqual(published);
    expect(members.filter((m) => m.geo !== '').map((m) => [m.name, m.geo])).toEqual([['City of Malmö', '1280']]);
  });

  it('counts the early adopters at the launch, equal to the one count ICLEI published, and nothing later', () => {
    const published = Number(counts[0]?.count);
    expect(counts).toHaveLength(1);
    expect(launchCount(memberRows())).toBe(published);
    expect(signatories.filter((s) => s.status === 'early_adopter')).toHaveLength(published);
    const observations = packageCsv('observations');
    expect(observations.map((o) => [o.indicator, o.geo, o.period, o.gender, o.breakdown, o.value, o.status])).toEqual([
      ['malmo_commitment_members', '1280', '2022-05', 'T', 'total', String(published), 'final'],
    ]);
    expect(observations[0]?.note).toContain('Recife');
    expect(observationRows(memberRows())).toEqual(
      observations.map((o) => Object.fromEntries(Object.entries(o).filter(([k]) => !['n', 'ci_low', 'ci_high'].includes(k)))),
    );
  });

  it('links the network to its member-count indicator', () => {
    expect(packageCsv('networks').map((n) => [n.id, n.name, n.launched, n.member_count_indicator])).toEqual([
      ['malmo-commitment', 'Malmö Commitment on Inclusive & Equitable Communities', '2022-05-12', 'malmo_commitment_members'],
    ]);
    expect(packageCsv('indicators').map((i) => [i.id, i.title_sv, i.direction])).toEqual([
      ['malmo_commitment_members', 'Antal anslutna städer till Malmö Commitment', 'increase'],
    ]);
  });
});
