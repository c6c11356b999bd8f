/**
 * Builds the SQLite database from the dataset packages, atomically: every package is validated
 * first, the database is written to a temporary file beside the target, and only a complete,
 * checked build is renamed over it. A bad package or a crash leaves the previous database as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import Sqlite from 'better-sqlite3';
import { repoRoot } from '../../api/node-env.ts';
import { SEARCH_RANKING } from '../../api/routes/indicators/indicators.search.ts';
import { TOTAL_BREAKDOWN } from './package-format.ts';
import { MAX_FILE_BYTES } from './package-files.ts';
import { checkAcrossPackages, loadPackage, type LoadedPackage, type Problem } from './validate-package.ts';

export const MIGRATIONS_DIR = join(repoRoot, 'api/db/migrations');
/** Package files are stored in chunks of this many characters, small enough for one D1 statement. */
export const FILE_CHUNK_CHARS = 24_000;

export class BuildError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem(s) in the dataset packages; the database was not changed`);
  }
}

export interface BuildResult {
  dbPath: string;
  dataVersion: string;
  skipped: boolean;
  counts: Record<string, number>;
}

/** The package folders under `datasetsDir`, in name order. */
export function packageDirs(datasetsDir: string): string[] {
  return readdirSync(datasetsDir)
    .filter((name) => statSync(join(datasetsDir, name)).isDirectory() && !name.includes('.tmp-'))
    .sort()
    .map((name) => join(datasetsDir, name));
}

/** The regular files under `dir`; symbolic links are left out (the validator refuses them in a package). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => lstatSync(f).isFile())
    .sort();
}

/**
 * A hash over every package file and migration: the database's data version. A file larger than
 * a package file may be is not read: the validator refuses it, and its size and modification time
 * stand in for its content, so that a huge file is neither held in memory nor hashed before it is refused.
 */
export function dataVersion(datasetsDir: string): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(datasetsDir), ...filesUnder(MIGRATIONS_DIR)]) {
    hash.update(relative(repoRoot, file)).update('\u0000');
    const { size, mtimeMs } = statSync(file);
    if (size > MAX_FILE_BYTES) hash.update(`too large: ${size} bytes, modified ${mtimeMs}`);
    else hash.update(readFileSync(file));
    hash.update('\u0000');
  }
  return hash.digest('hex').slice(0, 16);
}

export function currentDataVersion(dbPath: string): string | undefined {
  if (!existsSync(dbPath)) return undefined;
  try {
    const db = new Sqlite(dbPath, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare(`SELECT value FROM meta WHERE key = 'data_version'`).get() as { value: string } | undefined;
      return row?.value;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

/** Whether a process with this id is running (signal 0 only asks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // running, as another user
  }
}

/** Temporary files of builds that were killed before they could clean up; a running build's file is left. */
function removeLeftovers(dbPath: string): void {
  const prefix = `${basename(dbPath)}.tmp-`;
  for (const name of readdirSync(dirname(dbPath))) {
    const pid = Number(name.slice(prefix.length));
    if (name.startsWith(prefix) && Number.isInteger(pid) && (pid === process.pid || !isRunning(pid)))
      rmSync(join(dirname(dbPath), name), { force: true });
  }
}

/** Loads and validates every package; throws a BuildError listing every problem. */
export function loadAllPackages(datasetsDir: string): LoadedPackage[] {
  const packages: LoadedPackage[] = [];
  const problems: Problem[] = [];
  for (const dir of packageDirs(datasetsDir)) {
    const { pkg, problems: found } = loadPackage(dir);
    problems.push(...found);
    if (pkg) packages.push(pkg);
  }
  problems.push(...checkAcrossPackages(packages));
  if (problems.length > 0) throw new BuildError(problems);
  return packages;
}

export function applyMigrations(db: Sqlite.Database): void {
  for (const file of readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    db.exec(readFileSync(join(MIGRATIONS_DIR, file), 'utf8'));
  }
}

const nullIfEmpty = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);
const numberOrNull = (v: string | undefined): number | null => (v === undefined || v === '' ? null : Number(v));

function insertPackage(db: Sqlite.Database, pkg: LoadedPackage, counts: Record<string, number>): void {
  const d = pkg.descriptor;
  const files = filesUnder(pkg.dir);
  const hash = createHash('sha256');
  for (const f of files) hash.update(relative(pkg.dir, f)).update(readFileSync(f));
  db.prepare(
    `INSERT INTO datasets VALUES (@id, @title_sv, @title_en, @description_sv, @description_en, @version, @updated,
       @publisher, @licenses, @licence_note_sv, @licence_note_en, @attribution_sv, @attribution_en, @caveats,
       @example, @built_by, @content_hash, @descriptor)`,
  ).run({
    id: d.name,
    title_sv: d.title,
    title_en: d.title_en,
    description_sv: d.description,
    description_en: d.description_en,
    version: d.version,
    updated: d.updated,
    publisher: d.publisher,
    licenses: JSON.stringify(d.licenses ?? []),
    licence_note_sv: d.licence_note.sv,
    licence_note_en: d.licence_note.en,
    attribution_sv: d.attribution.sv,
    attribution_en: d.attribution.en,
    caveats: JSON.stringify(d.caveats),
    example: d.example ? 1 : 0,
    built_by: d.built_by,
    content_hash: hash.digest('hex'),
    descriptor: readFileSync(join(pkg.dir, 'datapackage.json'), 'utf8'),
  });
  const insertFile = db.prepare(`INSERT INTO dataset_files VALUES (?, ?, ?, ?)`);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (let i = 0, chunk = 0; i < text.length || chunk === 0; i += FILE_CHUNK_CHARS, chunk++) {
      insertFile.run(d.name, relative(pkg.dir, f), chunk, text.slice(i, i + FILE_CHUNK_CHARS));
    }
  }
  const insertSource = db.prepare(`INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const s of d.sources) {
    insertSource.run(d.name, s.id, s.title, s.path, s.publisher, s.retrieved, s.licence, s.attribution ?? null, s.note ?? null);
  }

  const r = pkg.resources;
  const count = (table: string, n: number) => (counts[table] = (counts[table] ?? 0) + n);

  // Parents before children, so that the self-reference holds as rows go in.
  const typeOrder = { country: 0, county: 1, municipality: 2 } as Record<string, number>;
  const geos = [...(r.geographies?.rows ?? [])].sort((a, b) => (typeOrder[a.type ?? ''] ?? 3) - (typeOrder[b.type ?? ''] ?? 3));
  const insertGeo = db.prepare(`INSERT INTO geographies VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const g of geos)
    insertGeo.run(g.code, g.name_sv, g.name_en, g.short_name, g.type, nullIfEmpty(g.parent), nullIfEmpty(g.kolada_id), d.name);
  count('geographies', geos.length);

  const insertGoal = db.prepare(`INSERT INTO sdg_goals VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const g of r['sdg-goals']?.rows ?? [])
    insertGoal.run(Number(g.goal), g.color, g.short_sv, g.short_en, g.title_sv, g.title_en, nullIfEmpty(g.sv_source));
  const insertTarget = db.prepare(`INSERT INTO sdg_targets VALUES (?, ?, ?, ?, ?, ?, ?)`);
  (r['sdg-targets']?.rows ?? []).forEach((t, i) =>
    insertTarget.run(t.target, Number(t.goal), t.text_en, nullIfEmpty(t.text_sv), nullIfEmpty(t.short_sv), nullIfEmpty(t.sv_source), i),
  );
  const insertUnIndicator = db.prepare(`INSERT INTO sdg_indicators VALUES (?, ?, ?, ?, ?, ?)`);
  (r['sdg-indicators']?.rows ?? []).forEach((u, i) =>
    insertUnIndicator.run(u.indicator, u.target, Number(u.goal), u.text_en, nullIfEmpty(u.unsd_code), i),
  );

  const insertIndicator = db.prepare(`INSERT INTO indicators VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const i of r.indicators?.rows ?? []) {
    insertIndicator.run(
      i.id,
      d.name,
      i.title_sv,
      i.title_en,
      i.description_sv,
      i.description_en,
      i.unit_sv,
      i.unit_en,
      Number(i.decimals),
      i.direction,
      i.topic,
      i.sources,
      i.status,
      nullIfEmpty(i.successors),
      nullIfEmpty(i.breakdown_dimension),
      nullIfEmpty(i.release),
      nullIfEmpty(i.caveats_sv),
      nullIfEmpty(i.caveats_en),
      nullIfEmpty(i.last_published),
      nullIfEmpty(i.next_publication),
      nullIfEmpty(i.predecessors),
    );
  }
  count('indicators', r.indicators?.rows.length ?? 0);
  const insertBreakdown = db.prepare(`INSERT INTO breakdowns VALUES (?, ?, ?, ?, ?, ?)`);
  for (const b of r.breakdowns?.rows ?? []) insertBreakdown.run(d.name, b.dimension, b.code, b.label_sv, b.label_en, Number(b.sort));
  const insertLink = db.prepare(`INSERT INTO indicator_sdg VALUES (?, ?, ?, ?)`);
  for (const l of r['sdg-links']?.rows ?? []) insertLink.run(l.indicator, Number(l.goal), l.target ?? '', l.relation);

  insertPlansAndNetworks(db, d.name, r);

  const insertBoundary = db.prepare(`INSERT INTO boundaries VALUES (?, ?, ?, ?)`);
  for (const b of r.boundaries?.rows ?? []) insertBoundary.run(b.code, b.type, d.name, b.geometry);
  count('boundaries', r.boundaries?.rows.length ?? 0);

  const insertObs = db.prepare(`INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const o of r.observations?.rows ?? []) {
    insertObs.run(
      o.indicator,
      o.geo,
      o.period,
      o.gender,
      o.breakdown || TOTAL_BREAKDOWN,
      numberOrNull(o.value),
      o.status,
      nullIfEmpty(o.note),
      o.sources,
      numberOrNull(o.n),
      numberOrNull(o.ci_low),
      numberOrNull(o.ci_high),
    );
  }
  count('observations', r.observations?.rows.length ?? 0);

  const insertVersion = db.prepare(`INSERT INTO dataset_versions VALUES (?, ?, ?, ?, ?, ?)`);
  for (const v of r.versions?.rows ?? []) insertVersion.run(d.name, v.version, v.date, Number(v.new), Number(v.revised), Number(v.deleted));
  const insertChange = db.prepare(`INSERT INTO observation_changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const c of r.changes?.rows ?? []) {
    insertChange.run(
      d.name,
      c.version,
      c.date,
      c.indicator,
      c.geo,
      c.period,
      c.gender,
      c.breakdown,
      c.change,
      numberOrNull(c.old_value),
      numberOrNull(c.new_value),
      nullIfEmpty(c.old_status),
      nullIfEmpty(c.new_status),
    );
  }
}

/** Plans, goals and their links; networks and members; the CTC factor catalogue. */
function insertPlansAndNetworks(db: Sqlite.Database, dataset: string, r: LoadedPackage['resources']): void {
  const insertPlan = db.prepare(`INSERT INTO plans VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const p of r.plans?.rows ?? []) {
    insertPlan.run(
      p.id,
      dataset,
      p.geo,
      p.title_sv,
      p.title_en,
      p.type,
      nullIfEmpty(p.adopted_by),
      nullIfEmpty(p.adopted),
      nullIfEmpty(p.valid_from),
      nullIfEmpty(p.valid_until),
      p.document,
      nullIfEmpty(p.document_url),
      p.summary_sv,
      p.summary_en,
      p.sources,
      Number(p.start_year),
    );
  }
  // Parents before children, as the goal tree refers to itself.
  const goals = r.goals?.rows ?? [];
  const inserted = new Set<string>();
  const insertGoal = db.prepare(`INSERT INTO goals VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (let pending = goals; pending.length > 0; ) {
    const ready = pending.filter((g) => !g.parent || inserted.has(g.parent));
    if (ready.length === 0) throw new Error(`goals ${pending.map((g) => g.id).join(', ')} form a cycle through 'parent'`);
    for (const g of ready) {
      insertGoal.run(
        g.id,
        g.plan,
        nullIfEmpty(g.parent),
        g.level,
        nullIfEmpty(g.number),
        g.title_sv,
        g.title_en,
        nullIfEmpty(g.description_sv),
        Number(g.sort),
        g.level_en,
      );
      inserted.add(g.id!);
    }
    pending = pending.filter((g) => !inserted.has(g.id!));
  }
  const insertGoalSdg = db.prepare(`INSERT INTO goal_sdg VALUES (?, ?, ?)`);
  for (const l of r['goal-sdg']?.rows ?? []) insertGoalSdg.run(l.goal, Number(l.sdg_goal), l.sdg_target ?? '');
  const insertGoalIndicator = db.prepare(`INSERT INTO goal_indicators VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const l of r['goal-indicators']?.rows ?? []) {
    insertGoalIndicator.run(
      l.goal,
      Number(l.sort),
      l.basis,
      l.measure_sv,
      l.measure_en,
      nullIfEmpty(l.indicator),
      nullIfEmpty(l.geo),
      nullIfEmpty(l.gender),
      nullIfEmpty(l.breakdown),
      l.direction,
      numberOrNull(l.target_value),
      nullIfEmpty(l.target_period),
      nullIfEmpty(l.desired_outcome_sv),
      l.note_sv,
      l.note_en,
      l.kind,
      nullIfEmpty(l.compare_breakdown),
      nullIfEmpty(l.data_needed_sv),
      nullIfEmpty(l.data_needed_en),
    );
  }
  const insertNetwork = db.prepare(`INSERT INTO networks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const n of r.networks?.rows ?? []) {
    insertNetwork.run(
      n.id,
      dataset,
      n.name,
      n.description_sv,
      n.description_en,
      n.organiser,
      nullIfEmpty(n.launched),
      nullIfEmpty(n.url),
      nullIfEmpty(n.member_count_indicator),
      n.sources,
    );
  }
  const insertMember = db.prepare(`INSERT INTO network_members VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const m of r['network-members']?.rows ?? []) {
    insertMember.run(
      m.network,
      m.name,
      m.government_type,
      m.country,
      nullIfEmpty(m.geo),
      m.status,
      nullIfEmpty(m.joined),
      nullIfEmpty(m.joined_basis),
      m.sources,
      nullIfEmpty(m.note),
    );
  }
  const insertFactor = db.prepare(`INSERT INTO ctc_factors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const f of r['ctc-factors']?.rows ?? []) {
    insertFactor.run(
      f.id,
      dataset,
      f.domain,
      f.domain_sv,
      f.type,
      f.name_en,
      nullIfEmpty(f.name_sv),
      nullIfEmpty(f.item_info),
      nullIfEmpty(f.indicator),
      f.sources,
    );
  }
}

/**
 * Fills the indicator search table once every package is in: titles and descriptions, and as
 * terms the id, the topic and the labels of the breakdowns the indicator has values for. The
 * weight is the ranking rule of indicators.search.ts: active, current and followed by plans first.
 */
function fillSearchIndex(db: Sqlite.Database): void {
  const r = SEARCH_RANKING;
  db.prepare(
    `WITH newest AS (SELECT CAST(max(substr(period, 1, 4)) AS INTEGER) AS year FROM observations WHERE value IS NOT NULL),
     latest AS (SELECT indicator_id, CAST(max(substr(period, 1, 4)) AS INTEGER) AS year FROM observations WHERE value IS NOT NULL GROUP BY indicator_id),
     followed AS (
       SELECT l.indicator_id, count(DISTINCT g.plan_id) AS plans FROM goal_indicators l JOIN goals g ON g.id = l.goal_id
       WHERE l.indicator_id IS NOT NULL GROUP BY l.indicator_id)
     INSERT INTO indicators_search (id, title_sv, title_en, description_sv, description_en, terms, weight)
     SELECT i.id, i.title_sv, i.title_en, i.description_sv, i.description_en,
       concat_ws(' ', i.id, i.topic, (
         SELECT group_concat(b.label_sv || ' ' || b.label_en, ' ') FROM breakdowns b
         WHERE b.dataset_id = i.dataset_id AND b.dimension = i.breakdown_dimension
           AND b.code IN (SELECT DISTINCT breakdown FROM observations WHERE indicator_id = i.id))),
       (CASE WHEN i.status = 'active' THEN 1 ELSE @discontinued END)
         * (CASE WHEN latest.year >= newest.year - @currentYears THEN 1 ELSE @notCurrent END)
         * (1 + @perPlan * min(coalesce(followed.plans, 0), @maxPlans))
     FROM indicators i CROSS JOIN newest
     LEFT JOIN latest ON latest.indicator_id = i.id
     LEFT JOIN followed ON followed.indicator_id = i.id`,
  ).run({
    discontinued: r.discontinued_factor,
    currentYears: r.current_years,
    notCurrent: r.not_current_factor,
    perPlan: r.per_plan_following,
    maxPlans: r.max_plans_counted,
  });
}

/**
 * The order packages go in: what others refer to first. Geographies and Agenda 2030, then the
 * packages that define indicators, then those that link to indicators of other packages (plans).
 */
function insertOrder(packages: LoadedPackage[]): LoadedPackage[] {
  const rank = (p: LoadedPackage) => {
    if (p.descriptor.name === 'geographies') return 0;
    if (p.descriptor.name === 'agenda-2030') return 1;
    return p.resources['goal-indicators'] ? 3 : 2;
  };
  return [...packages].sort((a, b) => rank(a) - rank(b) || a.descriptor.name.localeCompare(b.descriptor.name));
}

export interface BuildOptions {
  datasetsDir: string;
  dbPath: string;
  /** Skip the build when the database already holds this data version. */
  ifNeeded?: boolean;
}

export function buildDatabase({ datasetsDir, dbPath, ifNeeded = false }: BuildOptions): BuildResult {
  const version = dataVersion(datasetsDir);
  if (ifNeeded && currentDataVersion(dbPath) === version) return { dbPath, dataVersion: version, skipped: true, counts: {} };

  const packages = loadAllPackages(datasetsDir);
  mkdirSync(dirname(dbPath), { recursive: true });
  const tmpPath = `${dbPath}.tmp-${process.pid}`;
  removeLeftovers(dbPath);
  const counts: Record<string, number> = {};
  const db = new Sqlite(tmpPath);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = ON');
    applyMigrations(db);
    db.transaction(() => {
      for (const pkg of insertOrder(packages)) insertPackage(db, pkg, counts);
      fillSearchIndex(db);
      const meta = db.prepare(`INSERT INTO meta VALUES (?, ?)`);
      meta.run('data_version', version);
      meta.run('built_at', new Date().toISOString());
    })();
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`foreign key check failed after the build: ${JSON.stringify(broken.slice(0, 5))}`);
    db.exec('ANALYZE');
    db.close();
    renameSync(tmpPath, dbPath);
  } catch (error) {
    if (db.open) db.close();
    rmSync(tmpPath, { force: true });
    throw error;
  }
  return { dbPath, dataVersion: version, skipped: false, counts };
}
