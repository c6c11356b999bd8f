// Rule: every maltal-* element is documented in the custom-elements manifest: each public attribute
// and property has a description, and each element documents its parts, custom properties and events.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';

/** The elements of issue 4; a missing one is a failure, not a skip. */
const ELEMENTS = ['maltal-trend', 'maltal-compare', 'maltal-figure', 'maltal-table', 'maltal-goals', 'maltal-map'];
const OUTDIR = 'dist/test/custom-elements';

interface Documented {
  name: string;
  description?: string;
  summary?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
  attribute?: string;
  fieldName?: string;
  inheritedFrom?: { name: string };
}
interface ElementDoc {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Documented[];
  members?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  events?: Documented[];
}

let elements: Map<string, ElementDoc>;

beforeAll(() => {
  // The same command as `npm run build:manifest`, written elsewhere so the test never reads a stale file.
  const run = spawnSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', OUTDIR], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the analyzer failed:\n${run.stdout}\n${run.stderr}`);
  const manifest = JSON.parse(readFileSync(join(repoRoot, OUTDIR, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: ElementDoc[] }[];
  };
  elements = new Map(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName?.startsWith('maltal-'))
      .map((d) => [d.tagName!, d]),
  );
}, 120_000);

const described = (item: Documented) => Boolean((item.description ?? item.summary ?? '').trim());
const undocumented = (items: Documented[] | undefined) => (items ?? []).filter((i) => !described(i)).map((i) => i.name);

describe('the custom-elements manifest', () => {
  it('holds every element of issue 4', () => {
    expect([...elements.keys()].sort()).toEqual(expect.arrayContaining(ELEMENTS));
  });

  describe.each(ELEMENTS)('%s', (tag) => {
    const element = () => {
      const doc = elements.get(tag);
      if (!doc) throw new Error(`${tag} is not in the manifest: no widgets/**/*.ts defines it with a documented class`);
      return doc;
    };

    it('describes every public attribute', () => {
      const doc = element();
      expect(doc.attributes?.length ?? 0, `${tag} documents no attributes`).toBeGreaterThan(0);
      expect(undocumented(doc.attributes), `${tag}: attributes without a description`).toEqual([]);
    });

    it('describes every public property (on the property or on its attribute)', () => {
      const doc = element();
      const attributeDocs = new Map((doc.attributes ?? []).map((a) => [a.fieldName ?? a.name, a]));
      const missing = (doc.members ?? [])
        .filter(
          (m) =>
            m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_') && !m.name.startsWith('#'),
        )
        .filter((m) => !described(m) && !(attributeDocs.has(m.name) && described(attributeDocs.get(m.name)!)))
        .map((m) => (m.inheritedFrom ? `${m.name} (from ${m.inheritedFrom.name})` : m.name));
      expect(missing, `${tag}: public properties without a description`).toEqual([]);
    });

    it('documents its parts, custom properties and events, each with a description', () => {
      const doc = element();
      for (const key of ['cssParts', 'cssProperties', 'events'] as const) {
        expect(doc[key]?.length ?? 0, `${tag} documents no ${key}`).toBeGreaterThan(0);
        expect(undocumented(doc[key]), `${tag}: ${key} without a description`).toEqual([]);
      }
      expect(
        doc.events!.every((e) => e.name.startsWith('maltal-')),
        `${tag}: events are prefixed maltal-`,
      ).toBe(true);
    });
  });
});
