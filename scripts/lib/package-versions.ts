/**
 * Versions of a dataset package. When a package is written again and its figures changed, the
 * version goes up one minor step and the changes are appended to the package's own `versions` and
 * `changes` resources, so the history travels with the package in git (and to every database built
 * from it), and the API can answer `as_of=` and `/v1/changes`. Writing the same figures again
 * changes nothing.
 */
import type { Row } from './package-writer.ts';

export type ChangeKind = 'new' | 'revised' | 'deleted';

const KEY = ['indicator', 'geo', 'period', 'gender', 'breakdown'] as const;
const keyOf = (row: Row) => KEY.map((k) => row[k] ?? '').join('\u0000');

/** Equal values: both empty, or the same number however it is written (80.5 and 80.50). */
function sameValue(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return (a ?? '') === (b ?? '');
  return Number(a) === Number(b);
}

/** The differences between two sets of observation rows, as rows of the `changes` resource. */
export function diffObservations(before: Row[], after: Row[], version: string, date: string): Row[] {
  const old = new Map(before.map((r) => [keyOf(r), r]));
  const changes: Row[] = [];
  const base = (r: Row) => Object.fromEntries(KEY.map((k) => [k, r[k] ?? ''])) as Row;
  for (const row of after) {
    const previous = old.get(keyOf(row));
    old.delete(keyOf(row));
    if (!previous) {
      changes.push({ version, date, ...base(row), change: 'new', new_value: row.value ?? '', new_status: row.status ?? '' });
    } else if (!sameValue(previous.value, row.value) || previous.status !== row.status) {
      changes.push({
        version,
        date,
        ...base(row),
        change: 'revised',
        old_value: previous.value ?? '',
        new_value: row.value ?? '',
        old_status: previous.status ?? '',
        new_status: row.status ?? '',
      });
    }
  }
  for (const previous of old.values()) {
    changes.push({
      version,
      date,
      ...base(previous),
      change: 'deleted',
      old_value: previous.value ?? '',
      old_status: previous.status ?? '',
    });
  }
  return changes;
}

function parseVersion(v: string): [number, number, number] {
  const parts = v.split('.').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isInteger(n) || n < 0))
    throw new Error(`version '${v}' is not of the form MAJOR.MINOR.PATCH`);
  return parts as [number, number, number];
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The next version for changed figures: one minor step up. */
export function nextVersion(v: string): string {
  const [major, minor] = parseVersion(v);
  return `${major}.${minor + 1}.0`;
}

export interface Previous {
  version: string;
  updated: string;
  observations: Row[];
  versions: Row[];
  changes: Row[];
}

export interface Versioned {
  version: string;
  updated: string;
  versions: Row[];
  changes: Row[];
}

/**
 * The version, date and history of a package about to be written, given what is on disk.
 * `asked` is the version the writer names; it wins when it is higher (a deliberate major step).
 */
export function versionPackage(
  previous: Previous | undefined,
  asked: { version: string; updated: string },
  observations: Row[] | undefined,
  today: string,
): Versioned {
  if (!previous) return { version: asked.version, updated: asked.updated, versions: [], changes: [] };
  const changed = observations ? diffObservations(previous.observations, observations, '', today) : [];
  if (changed.length === 0) {
    const version = compareVersions(asked.version, previous.version) > 0 ? asked.version : previous.version;
    return { version, updated: previous.updated, versions: previous.versions, changes: previous.changes };
  }
  const bumped = nextVersion(previous.version);
  const version = compareVersions(asked.version, bumped) > 0 ? asked.version : bumped;
  const count = (kind: ChangeKind) => String(changed.filter((c) => c.change === kind).length);
  // The first recorded version is the one the package had before any change was tracked.
  const history =
    previous.versions.length > 0
      ? previous.versions
      : [{ version: previous.version, date: previous.updated, new: String(previous.observations.length), revised: '0', deleted: '0' }];
  return {
    version,
    updated: today,
    versions: [...history, { version, date: today, new: count('new'), revised: count('revised'), deleted: count('deleted') }],
    changes: [...previous.changes, ...changed.map((c) => ({ ...c, version }))],
  };
}
