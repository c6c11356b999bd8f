// Rule: starting at the front door, in Swedish and in English, every link of the pages leads
// somewhere: no broken link, no server error. A bounded crawl over the real server (the one the
// browser tests use, with the widget files): it reads up to PER_TYPE pages of each page type and
// requests every link on every page it reads, pages and data alike, each once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPagePath } from '../../api/routes/pages/pages.urls.ts';
import { startDeliveryEnv, type DeliveryEnv } from '../helpers/browser-delivery.ts';
import { decode } from '../helpers/pages.ts';

/** Pages read (and their links followed) of each type, per language. */
const PER_TYPE = 6;
const CONCURRENCY = 4;

let env: DeliveryEnv;
beforeAll(async () => {
  env = await startDeliveryEnv();
}, 120_000);
afterAll(() => env?.close());

/** The page type of a path, by its address. */
function pageType(path: string): string {
  const p = path.split(/[?#]/)[0]!;
  if (p === '/') return 'home';
  const [, first, second] = p.split('/');
  return second === undefined ? first! : `${first}/${first === 'agenda-2030' ? p.split('/')[2] : '*'}`;
}

/** Every address a page refers to: links, style sheets, scripts, icons, and where its forms go. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]+)"/g)]
    .map((m) => decode(m[1]!))
    .filter((u) => !u.startsWith('#') && !u.startsWith('data:'));
}

interface Crawl {
  statuses: Map<string, number>;
  referrers: Map<string, string>;
  read: Map<string, string[]>;
}

async function crawl(start: string): Promise<Crawl> {
  const origin = env.apiUrl;
  const statuses = new Map<string, number>();
  const referrers = new Map<string, string>();
  const read = new Map<string, string[]>();
  const queue: string[] = [start];
  const queued = new Set(queue);
  const fetchOnce = async (url: string) => {
    if (statuses.has(url)) return;
    statuses.set(url, 0);
    const res = await fetch(origin + url, { redirect: 'manual' });
    statuses.set(url, res.status);
    const type = res.headers.get('content-type') ?? '';
    const path = url.split('#')[0]!.split('?')[0]!;
    const kind = pageType(url);
    const readHere = isPagePath(path) && type.startsWith('text/html') && (read.get(kind)?.length ?? 0) < PER_TYPE;
    if (!readHere) return void (await res.arrayBuffer());
    read.set(kind, [...(read.get(kind) ?? []), url]);
    for (const ref of references(await res.text())) {
      if (/^https?:\/\//.test(ref)) continue; // documents on other sites: not ours to check, and no network here
      const target = ref.split('#')[0]!;
      if (!target) continue;
      referrers.set(target, referrers.get(target) ?? url);
      if (!queued.has(target)) {
        queued.add(target);
        queue.push(target);
      }
    }
  };
  while (queue.length > 0) {
    const batch = queue.splice(0, CONCURRENCY);
    await Promise.all(batch.map(fetchOnce));
  }
  return { statuses, referrers, read };
}

describe('crawling the pages from the front door', () => {
  it.each([
    ['Swedish', '/'],
    ['English', '/?lang=en'],
  ])(
    '%s: every link answers, every page type is reached',
    async (_lang, start) => {
      const { statuses, referrers, read } = await crawl(start);
      const broken = [...statuses].filter(([, s]) => s >= 400 || s === 0).map(([u, s]) => `${s} ${u} (linked from ${referrers.get(u)})`);
      expect(broken).toEqual([]);
      const types = [...read.keys()].sort();
      expect(types).toEqual(
        [
          'agenda-2030',
          'agenda-2030/delmal',
          'agenda-2030/mal',
          'home',
          'kommun',
          'kommun/*',
          'lan/*',
          'matt',
          'matt/*',
          'plan',
          'plan/*',
          'riket',
          'sok',
        ].sort(),
      );
      // Redirects are only the kommun and län addresses without their name; the pages never link to one.
      expect([...statuses].filter(([, s]) => s >= 300 && s < 400)).toEqual([]);
      // Every kommun page was reached through the links (read or checked), in the crawl's language at least.
      const kommuner = [...statuses.keys()].filter((u) => /^\/kommun\/\d{4}-[a-z-]+(\?lang=en)?$/.test(u));
      expect(kommuner.filter((u) => u.endsWith('?lang=en') === start.endsWith('?lang=en'))).toHaveLength(290);
      console.log(`crawl from ${start}: ${statuses.size} addresses requested, ${[...read.values()].flat().length} pages read`);
    },
    600_000,
  );
});
