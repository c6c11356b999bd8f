/**
 * Turns the SQLite database built by build-database.ts into SQL that fills a D1 database made by
 * the same migrations: the edge serves exactly the rows Node serves.
 *
 * Limits relied on (Cloudflare D1 documentation): a statement is at most 100 KB of SQL, so rows are
 * grouped into INSERTs of at most MAX_STATEMENT_BYTES; values are written as literals, so the
 * 100-bound-parameters limit does not apply. A row of dataset_files is at most FILE_CHUNK_CHARS
 * characters of text, well under the 1 MB row limit.
 */
import Sqlite from 'better-sqlite3';

export const MAX_STATEMENT_BYTES = 90_000;

/** Rows that refer to rows of the same table go after them. */
const ORDER_BY: Record<string, string> = {
  geographies: `CASE type WHEN 'country' THEN 0 WHEN 'county' THEN 1 WHEN 'municipality' THEN 2 ELSE 3 END, code`,
};
const GOALS_BY_DEPTH = `WITH RECURSIVE depth(id, d) AS (
  SELECT id, 0 FROM goals WHERE parent IS NULL
  UNION ALL SELECT g.id, depth.d + 1 FROM goals g JOIN depth ON g.parent = depth.id)
SELECT goals.* FROM goals JOIN depth USING (id) ORDER BY depth.d, goals.id`;

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to SQL`);
    return String(value); // JS writes the shortest text that reads back as the same double
  }
  if (typeof value === 'bigint') return value.toString();
  return `'${String(value).replaceAll("'", "''")}'`;
}

/**
 * The tables in the order the migrations made them (which is also an order of references). A
 * virtual table (FTS5) is filled through itself; its shadow tables (name_data, name_idx …) are its
 * own business and are left out.
 */
export function seedTables(db: Sqlite.Database): string[] {
  const tables = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid`)
    .all() as { name: string; sql: string }[];
  const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  return tables.map((t) => t.name).filter((name) => !virtual.some((v) => name.startsWith(`${v}_`)));
}

/** The statements that empty the tables and fill them again from `sqlitePath`. */
export function* d1SeedStatements(sqlitePath: string): Generator<string> {
  const db = new Sqlite(sqlitePath, { readonly: true, fileMustExist: true });
  try {
    const tables = seedTables(db);
    for (const table of [...tables].reverse()) yield `DELETE FROM ${table};`;
    for (const table of tables) {
      const sql = table === 'goals' ? GOALS_BY_DEPTH : `SELECT * FROM ${table}${ORDER_BY[table] ? ` ORDER BY ${ORDER_BY[table]}` : ''}`;
      const statement = db.prepare(sql).raw(true);
      const columns = statement.columns().map((c) => c.name);
      const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES\n`;
      let values: string[] = [];
      let bytes = Buffer.byteLength(head);
      for (const row of statement.iterate() as Iterable<unknown[]>) {
        const tuple = `(${row.map(literal).join(', ')})`;
        const size = Buffer.byteLength(tuple) + 2;
        if (values.length > 0 && bytes + size > MAX_STATEMENT_BYTES) {
          yield `${head}${values.join(',\n')};`;
          values = [];
          bytes = Buffer.byteLength(head);
        }
        if (Buffer.byteLength(head) + size > MAX_STATEMENT_BYTES)
          throw new Error(`a row of ${table} is larger than one D1 statement may be`);
        values.push(tuple);
        bytes += size;
      }
      if (values.length > 0) yield `${head}${values.join(',\n')};`;
    }
  } finally {
    db.close();
  }
}
