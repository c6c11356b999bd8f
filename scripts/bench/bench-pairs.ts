/**
 * The requests `npm run bench` draws from: every (indicator, kommun) series in the database, in a
 * random order fixed by a seed, so that a run walks many real series instead of one URL and two
 * runs with the same seed ask the same things.
 */
import Sqlite from 'better-sqlite3';

/** `/v1/observations?indicator=…&geo=…` for every series of a kommun, shuffled by `seed`. */
export function seriesPaths(dbPath: string, seed: number): string[] {
  const db = new Sqlite(dbPath, { readonly: true, fileMustExist: true });
  try {
    const pairs = db
      .prepare(
        `SELECT DISTINCT o.indicator_id AS indicator, o.geo FROM observations o
         JOIN geographies g ON g.code = o.geo WHERE g.type = 'municipality' ORDER BY 1, 2`,
      )
      .all() as { indicator: string; geo: string }[];
    if (pairs.length === 0) throw new Error(`${dbPath} holds no series of a kommun`);
    const random = mulberry32(seed);
    for (let i = pairs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
    }
    return pairs.map((p) => `/v1/observations?indicator=${encodeURIComponent(p.indicator)}&geo=${p.geo}`);
  } finally {
    db.close();
  }
}

/** A small seeded generator (mulberry32): the same seed, the same order, on any machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Walks `paths` in order, from `start`, round and round: each call the next one. */
export function cycle(paths: readonly string[], start = 0): () => string {
  let i = start;
  return () => paths[i++ % paths.length]!;
}
