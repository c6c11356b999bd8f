/**
 * Real ids and codes for the fuzzer, read from the API's own list endpoints, so that generated
 * requests reach past "unknown id" into the handlers, the queries and the formats.
 */

/** Real values by kind (indicator, geo, county, dataset, file, plan, goal, network, target, topic, word), and `cursor <list path>`. */
export type RealValues = ReadonlyMap<string, readonly string[]>;

/** A few of each, so that a run is not spent on one kind. */
const PER_KIND = 12;

/** Query parameters whose values are of one kind, whatever the operation. */
const KIND_OF_PARAMETER: Record<string, string> = {
  indicator: 'indicator',
  geo: 'geo',
  code: 'geo',
  county: 'county',
  dataset: 'dataset',
  file: 'file',
  target: 'target',
  topic: 'topic',
  q: 'word',
};

/** The kind of `{id}` by the resource it names: /v1/plans/{id} is a plan. */
const KIND_OF_RESOURCE: Record<string, string> = {
  indicators: 'indicator',
  datasets: 'dataset',
  plans: 'plan',
  goals: 'goal',
  networks: 'network',
  geographies: 'geo',
};

/**
 * The real values a parameter can take. A cursor is the one its own list made. An `{id}` of a
 * resource the fuzzer does not know gets a mix of every kind; another unknown name gets none, and
 * the generator uses the schema's example and pattern.
 */
export function realValuesFor(path: string, name: string, real: RealValues): readonly string[] {
  if (name === 'cursor') return real.get(`cursor ${path.replace(/^\/v1\/indicators\/\{id\}\/observations$/, '/v1/observations')}`) ?? [];
  if (name !== 'id') return real.get(KIND_OF_PARAMETER[name] ?? '') ?? [];
  const kind = KIND_OF_RESOURCE[path.split('/')[2] ?? ''];
  return kind ? (real.get(kind) ?? []) : [...real.values()].flatMap((values) => values.slice(0, 3));
}

const spread = <T>(items: readonly T[]): T[] => {
  if (items.length <= PER_KIND) return [...items];
  const step = items.length / PER_KIND;
  return Array.from({ length: PER_KIND }, (_, i) => items[Math.floor(i * step)]!);
};

/** Reads the values from the API; `get` answers a path with its parsed JSON (and fails on anything but 200). */
export async function collectRealValues(get: (path: string) => Promise<any>): Promise<RealValues> {
  const [indicators, geographies, datasets, plans, networks] = await Promise.all([
    get('/v1/indicators?limit=500'),
    get('/v1/geographies'),
    get('/v1/datasets'),
    get('/v1/plans'),
    get('/v1/networks'),
  ]);
  const indicatorRows = indicators.data as {
    id: string;
    topic: string;
    title_sv: string;
    title_en: string;
    sdg: { target: string | null }[];
  }[];
  const geoRows = geographies.data as { code: string; type: string; name_sv: string }[];
  const datasetIds = spread((datasets.data as { id: string }[]).map((d) => d.id));
  const planIds = spread((plans.data as { id: string }[]).map((p) => p.id));

  const datasetDetails = await Promise.all(datasetIds.slice(0, 4).map((id) => get(`/v1/datasets/${encodeURIComponent(id)}`)));
  const planDetails = await Promise.all(planIds.slice(0, 4).map((id) => get(`/v1/plans/${encodeURIComponent(id)}`)));
  type GoalNode = { id: string; children: GoalNode[] };
  const goalIds = (nodes: GoalNode[]): string[] => nodes.flatMap((g) => [g.id, ...goalIds(g.children)]);

  const indicatorIds = spread(indicatorRows.map((i) => i.id));
  const titleWords = [...new Set(indicatorRows.flatMap((i) => `${i.title_sv} ${i.title_en}`.split(/\s+/)))];
  const cursorLists = ['/v1/indicators', '/v1/observations', '/v1/changes'];
  const cursors = await Promise.all(
    cursorLists.map(async (list) => {
      const query = list === '/v1/observations' ? `indicator=${encodeURIComponent(indicatorIds[0]!)}&limit=2` : 'limit=2';
      return (await get(`${list}?${query}`)).meta.next_cursor as string | null;
    }),
  );

  return new Map<string, string[]>([
    ['indicator', indicatorIds],
    ['topic', [...new Set(indicatorRows.map((i) => i.topic))]],
    ['target', spread([...new Set(indicatorRows.flatMap((i) => i.sdg.flatMap((l) => (l.target ? [l.target] : []))))])],
    ['word', [...spread(titleWords.filter((w) => w.length > 3)), ...spread(geoRows.map((g) => g.name_sv.split(' ')[0]!.toLowerCase()))]],
    ['geo', spread(geoRows.map((g) => g.code))],
    ['county', geoRows.filter((g) => g.type === 'county').map((g) => g.code)],
    ['dataset', datasetIds],
    [
      'file',
      [
        ...new Set(
          datasetDetails.flatMap((d) => ['datapackage.json', ...(d.downloads.resources as { path: string }[]).map((r) => r.path)]),
        ),
      ],
    ],
    ['plan', planIds],
    ['goal', spread(planDetails.flatMap((p) => goalIds(p.goals as GoalNode[])))],
    ['network', (networks.data as { id: string }[]).map((n) => n.id)],
    ...cursorLists.map((list, i): [string, string[]] => [`cursor ${list}`, cursors[i] ? [cursors[i]] : []]),
  ]);
}
