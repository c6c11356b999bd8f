/**
 * The places as the pages name and link them: a kommun by its short name ("Södertälje"), a län by
 * its name, Sweden as "Riket"; read once per database (geographyDirectory).
 */
import type { Db } from '../../db/database.ts';
import { geographyDirectory, type GeographyRow } from '../geographies/geographies.queries.ts';
import { placePath, type Lang } from './pages.urls.ts';

export interface Places {
  byCode: Map<string, GeographyRow>;
  municipalities: GeographyRow[];
  counties: GeographyRow[];
  /** The page of a place; an area's is its kommun's. */
  path(code: string): string;
  name(code: string, lang: Lang): string;
}

const cache = new WeakMap<GeographyRow[], Places>();

export async function loadPlaces(db: Db): Promise<Places> {
  const rows = await geographyDirectory(db);
  let places = cache.get(rows);
  if (places) return places;
  const byCode = new Map(rows.map((g) => [g.code, g]));
  const sv = new Intl.Collator('sv');
  places = {
    byCode,
    municipalities: rows.filter((g) => g.type === 'municipality').sort((a, b) => sv.compare(a.short_name, b.short_name)),
    counties: rows.filter((g) => g.type === 'county').sort((a, b) => a.code.localeCompare(b.code)),
    path(code) {
      const g = byCode.get(code);
      return g ? placePath(g, g.parent ? byCode.get(g.parent) : undefined) : '/kommun';
    },
    name(code, lang) {
      const g = byCode.get(code);
      if (!g) return code;
      if (g.type === 'country') return lang === 'en' ? 'Sweden' : 'Riket';
      if (g.type === 'municipality') return g.short_name;
      return lang === 'en' ? g.name_en : g.name_sv;
    },
  };
  cache.set(rows, places);
  return places;
}
