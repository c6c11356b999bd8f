/**
 * The names an /embed page puts in its <title>: an iframe must say what it shows.
 */
import type { Db } from '../../db/database.ts';

/** Short names of the geographies with these codes, in the order asked; unknown codes are left out. */
export async function geographyNames(db: Db, codes: string[], lang: 'sv' | 'en'): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('geographies').select(['code', 'short_name', 'name_sv', 'name_en']).where('code', 'in', codes).execute();
  const byCode = new Map(rows.map((r) => [r.code, lang === 'en' ? r.name_en : r.short_name]));
  return codes.flatMap((code) => byCode.get(code) ?? []);
}

/** The plan's title and the code of the place it belongs to. */
export async function findPlanTitle(db: Db, id: string, lang: 'sv' | 'en'): Promise<{ title: string; geo: string } | undefined> {
  const row = await db.selectFrom('plans').select(['title_sv', 'title_en', 'geo']).where('id', '=', id).executeTakeFirst();
  return row && { title: lang === 'en' ? row.title_en : row.title_sv, geo: row.geo };
}
