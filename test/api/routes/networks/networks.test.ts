// Rule: a network's members are served as published, with their sources, and its member count is
// the indicator's observations, equal to the published count.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNodeEnv } from '../../../../api/node-env.ts';
import { getJson, json, testApp } from '../../../helpers/app.ts';

const app = testApp();
const readSource = (file: string) =>
  parse(readFileSync(join(readNodeEnv().sourcesDir, file), 'utf8'), { columns: true }) as Record<string, string>[];
const signatories = readSource('malmo_commitment_signatories.csv');

describe('GET /v1/networks', () => {
  it('lists the Malmö Commitment with its members by status and its dataset', async () => {
    const { res, body } = await getJson(app, '/v1/networks');
    expect(res.status).toBe(200);
    const mc = body.data.find((n: any) => n.id === 'malmo-commitment');
    expect(mc).toMatchObject({
      organiser: expect.stringContaining('ICLEI'),
      members_listed: signatories.length,
      url: '/v1/networks/malmo-commitment',
    });
    expect(mc.members_by_status.early_adopter).toBe(signatories.filter((s) => s.status === 'early_adopter').length);
    expect(body.meta.datasets.map((d: any) => d.id)).toContain('malmo-commitment');
  });

  it('comes as CSV, one line per network', async () => {
    const res = await app.request('/v1/networks?format=csv');
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toContain('malmo-commitment');
  });
});

describe('GET /v1/networks/{id}', () => {
  it('serves every signatory as published: name, country, type, status, date and sources', async () => {
    const { body } = await getJson(app, '/v1/networks/malmo-commitment');
    expect(body.members).toHaveLength(signatories.length);
    const byName = new Map(body.members.map((m: any) => [m.name, m]));
    for (const s of signatories) {
      expect(byName.get(s.name_as_published), s.name_as_published).toMatchObject({
        country: s.country,
        government_type: s.government_type,
        status: s.status,
        joined: s.date === '' ? null : s.date,
        sources: s.sources!.split(';').map((u) => u.trim()),
      });
    }
    expect(byName.get('City of Malmö')).toMatchObject({ geo: '1280' });
  });

  it('gives the member count over time, equal to the published count', async () => {
    const counts = readSource('malmo_commitment_counts.csv');
    const { body } = await getJson(app, '/v1/networks/malmo-commitment');
    expect(body.member_count.indicator).toBe(body.member_count_indicator);
    expect(body.member_count.observations.map((o: any) => o.value)).toEqual(counts.map((c) => Number(c.count)));
    expect(body.member_count.observations[0].period).toBe(counts[0]!.as_of!.slice(0, 7));
    expect(body.members.filter((m: any) => m.status === 'early_adopter')).toHaveLength(Number(counts.at(-1)!.count));
    expect(body.meta.datasets[0]).toMatchObject({ id: 'malmo-commitment', example: false });
    expect(body.sources.length).toBeGreaterThan(0);
  });

  it('comes as CSV, one line per member', async () => {
    const res = await app.request('/v1/networks/malmo-commitment?format=csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.name).sort()).toEqual(signatories.map((s) => s.name_as_published).sort());
  });

  it('answers 404 with a problem body that points to the list for an unknown id', async () => {
    const res = await app.request('/v1/networks/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await json(res)).detail).toBe("unknown network 'nope'; see /v1/networks for the networks there are");
  });
});
