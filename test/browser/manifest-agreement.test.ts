// Rule: the custom-elements manifest says what the elements do: each element observes exactly the
// attributes the manifest lists, the attributes it calls required are the ones the element cannot do
// without, and every part it lists is drawn (and none it does not) in the states an element can be in.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';
import { startBrowserEnv, type BrowserEnv } from '../helpers/browser.ts';

const OUTDIR = 'dist/test/custom-elements-agreement';
const DEAD_API = 'http://127.0.0.1:9';

interface Doc {
  name: string;
  description?: string;
}
interface ElementDoc {
  tagName: string;
  attributes?: Doc[];
  cssParts?: Doc[];
}

/**
 * Markup that brings out every part of an element between them: drawn data, example data (the
 * badge), a chosen place or reference, and an API that cannot be reached (the error and retry).
 */
const SCENES: Record<string, string[]> = {
  'maltal-trend': [
    'indicator="N00914" geo="0136"',
    'indicator="example-ctc-com-r01" geo="1280-exempel-a" breakdown="ak9"',
    `indicator="N00914" geo="0136" api="${DEAD_API}"`,
  ],
  'maltal-compare': [
    'indicator="scb-bas-forvarvsfrekvens-alder" geo="1315,1380,1381" breakdown="20-64" period="2022" highlight="1380"',
    'indicator="example-ctc-com-r01" geo="1280-exempel-a,1280-exempel-b" breakdown="ak9"',
    `indicator="N00914" geo="0136" api="${DEAD_API}"`,
  ],
  'maltal-figure': [
    'indicator="N00914" geo="0136"',
    'indicator="example-ctc-com-r01" geo="1280-exempel-a" breakdown="ak9"',
    `indicator="N00914" geo="0136" api="${DEAD_API}"`,
  ],
  'maltal-table': [
    'indicator="N00914" geo="0136"',
    'indicator="example-ctc-com-r01" geo="1280-exempel-a" breakdown="ak9"',
    `indicator="N00914" geo="0136" api="${DEAD_API}"`,
  ],
  'maltal-map': [
    'indicator="population" period="2024" county="01" geo="0136"',
    'indicator="example-ctc-com-r01" level="county"',
    `indicator="N00914" api="${DEAD_API}"`,
  ],
  'maltal-goals': [
    'plan="haninge-arbetsmarknadsstrategi-2020"',
    'plan="malmo-kf-mal-2024" data-example',
    `plan="malmo-kf-mal-2024" api="${DEAD_API}"`,
  ],
};

/** A value for each attribute an element may require. */
const SAMPLE: Record<string, string> = { indicator: 'N00914', geo: '0136', plan: 'malmo-kf-mal-2024', county: '01' };

let env: BrowserEnv;
let elements: Map<string, ElementDoc>;

beforeAll(async () => {
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
      .map((d) => [d.tagName, d]),
  );
  env = await startBrowserEnv();
}, 120_000);
afterAll(() => env?.close());

async function markFirstMeasureExample(page: Page): Promise<void> {
  // The live API's answer, whatever query the element adds (lang=…); not the dead API's.
  await page.route(
    (url) => url.href.startsWith(`${env.baseUrl}/v1/plans/malmo-kf-mal-2024/follow-up?`),
    async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.goals.find((g: any) => g.links.length > 0).links[0].example = true;
      await route.fulfill({ response, json });
    },
  );
}

const TAGS = Object.keys(SCENES);
/** Every scene of every element on one page, each element numbered by its tag and scene. */
const SCENE_PAGE = TAGS.flatMap((tag) =>
  SCENES[tag]!.map((scene, i) => `<${tag} id="${tag}-${i}" ${scene.replace(' data-example', '')}></${tag}>`),
).join('\n');

let scenePage: Page;
beforeAll(async () => {
  scenePage = await env.open(SCENE_PAGE, {
    head: '<style>maltal-compare,maltal-map,maltal-goals{width:720px}</style>',
    // No plan has example measures yet: the answer for one says its first measure is, as the API would.
    prepare: markFirstMeasureExample,
  });
}, 120_000);

/** Every part name drawn by the element `id`, after focusing its first mark (tooltips) and opening its table. */
async function partsDrawn(id: string): Promise<string[]> {
  const focusable = scenePage.locator(`#${id} [tabindex="0"]`).first();
  if (await focusable.count()) await focusable.focus();
  return scenePage.locator(`#${id}`).evaluate(async (el: any) => {
    for (const details of el.shadowRoot.querySelectorAll('details')) details.open = true;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    return [...el.shadowRoot.querySelectorAll('[part]')].flatMap((node: any) => node.getAttribute('part').split(/\s+/));
  });
}

describe.each(TAGS)('the manifest of %s', (tag) => {
  const doc = () => elements.get(tag) ?? expect.fail(`${tag} is not in the manifest`);

  it('lists exactly the attributes the element observes', async () => {
    const observed: string[] = await scenePage.evaluate(
      (t) => [...((globalThis as any).customElements.get(t).observedAttributes as string[])],
      tag,
    );
    expect(
      doc()
        .attributes!.map((a) => a.name)
        .sort(),
    ).toEqual(observed.sort());
  });

  it('calls required what the element cannot do without, and nothing else', async () => {
    const attributes = doc().attributes!;
    const required = attributes.filter((a) => /\(required\)/.test(a.description ?? '')).map((a) => a.name);
    const unless = attributes.flatMap((a) => {
      const m = /\(required unless `([\w-]+)` is given\)/.exec(a.description ?? '');
      return m ? [[a.name, m[1]!] as const] : [];
    });
    expect(required.length, `${tag} requires nothing`).toBeGreaterThan(0);
    const enough = [...required, ...unless.map(([, other]) => other)];
    // Each case an element on one page: [what it is given, whether that is a setup error].
    const cases: [string[], boolean][] = [
      [enough, false],
      ...required.map((name): [string[], boolean] => [enough.filter((n) => n !== name), true]),
      ...unless.flatMap(([name]): [string[], boolean][] => [
        [[...required], true],
        [[...required, name], false],
      ]),
    ];
    const attrs = (names: readonly string[]) => names.map((n) => `${n}="${SAMPLE[n]}"`).join(' ');
    const page = await env.open(cases.map(([names], i) => `<${tag} id="case-${i}" ${attrs(names)}></${tag}>`).join('\n'));
    const setupErrors = await page.evaluate(
      (t) => [...(globalThis as any).document.querySelectorAll(t)].map((el: any) => el.state === 'error' && el.failure?.kind === 'setup'),
      tag,
    );
    expect(setupErrors.map((error, i) => `${cases[i]![0].join(',') || '(none)'}: ${error ? 'setup error' : 'fine'}`)).toEqual(
      cases.map(([names, error]) => `${names.join(',') || '(none)'}: ${error ? 'setup error' : 'fine'}`),
    );
  });

  it('lists every part the element draws, and draws every part it lists', async () => {
    const drawn = new Set<string>();
    for (let i = 0; i < SCENES[tag]!.length; i++) for (const part of await partsDrawn(`${tag}-${i}`)) drawn.add(part);
    expect([...drawn].sort()).toEqual(
      doc()
        .cssParts!.map((p) => p.name)
        .sort(),
    );
  });
});
