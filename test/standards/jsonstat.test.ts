// Rule: every JSON-stat answer the API gives is valid against the official JSON-stat 2.0 schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { STANDARDS_DIR } from '../helpers/paths.ts';
import { json, testApp } from '../helpers/app.ts';

const app = testApp();
const ORIGIN = 'https://maltal.example.se';

const schema = (name: string) => JSON.parse(readFileSync(join(STANDARDS_DIR, 'jsonstat', name), 'utf8'));
// unicodeRegExp off: the schema's date pattern escapes '-', which the `u` flag refuses (shared/standards/README.md).
const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validateDataset = ajv.compile(schema('dataset.json'));
/** The general schema, any class: its errors repeat the dataset schema's once per class it tried. */
const validateAny = ajv.compile(schema('index.json'));

function errorsOf(body: unknown) {
  if (!validateDataset(body)) return (validateDataset.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  return validateAny(body) ? [] : ['valid as a dataset but not against index.json'];
}

/** One request per shape of JSON-stat answer the observation endpoints give. */
const SHAPES: [string, string][] = [
  [
    'one indicator, every place of a type (dense values)',
    '/v1/observations?indicator=population&type=municipality&latest=true&gender=T&format=json-stat2',
  ],
  [
    'several indicators, one place, English labels',
    '/v1/observations?indicator=population,scb-bas-sysselsattningsgrad-20-64&geo=0180&lang=en&format=json-stat2',
  ],
  ['a page with a next link', '/v1/observations?indicator=population&geo=0180,0114,0115&limit=5&format=json-stat2'],
  ['the observations of one indicator', '/v1/indicators/scb-bas-sysselsattningsgrad-20-64/observations?geo=0180&format=json-stat2'],
  [
    'every gender and breakdown of one place (sparse values)',
    '/v1/indicators/scb-bas-sysselsattningsgrad-20-64/observations?format=json-stat2&limit=1000',
  ],
  ['as of an earlier date', '/v1/observations?indicator=population&geo=0180&as_of=2026-12-01&format=json-stat2'],
  ['no observation matching the filter', '/v1/observations?indicator=population&geo=0180&from=1800&to=1801&format=json-stat2'],
];

describe('JSON-stat answers of /v1/observations and /v1/indicators/{id}/observations', () => {
  it.each(SHAPES)('are valid JSON-stat 2.0: %s', async (_name, path) => {
    const res = await app.request(ORIGIN + path);
    expect(res.status, path).toBe(200);
    const body = await json(res);
    expect(body.class).toBe('dataset');
    expect(body.note === undefined, 'only the empty answer has a note').toBe(path !== SHAPES.at(-1)![1]);
    expect(errorsOf(body)).toEqual([]);
  });

  it('gives absolute hrefs, from the origin the request came to', async () => {
    const body = await json(await app.request(ORIGIN + SHAPES[2]![1]));
    expect(body.href).toBe(ORIGIN + SHAPES[2]![1]);
    expect(body.link.next[0].href).toMatch(new RegExp(`^${ORIGIN}/v1/observations\\?.*cursor=`));
    for (const link of body.link.describedby) expect(link.href).toMatch(new RegExp(`^${ORIGIN}/v1/datasets/`));
  });

  it('gives the sparse value form somewhere in SHAPES, so both forms are checked', async () => {
    const forms = await Promise.all(SHAPES.map(async ([, path]) => Array.isArray((await json(await app.request(ORIGIN + path))).value)));
    expect(new Set(forms)).toEqual(new Set([true, false]));
  });

  it('says in words, in the empty answer, that nothing matched', async () => {
    const body = await json(await app.request(ORIGIN + SHAPES[6]![1]));
    expect(body.size.every((n: number) => n >= 1)).toBe(true);
    expect(Object.values(body.value ?? {}).every((v) => v === null)).toBe(true);
    expect(body.note.join(' ')).toMatch(/ingen observation/i);
  });

  it('rejects an answer with a relative href (the check can fail)', async () => {
    const body = await json(await app.request(ORIGIN + SHAPES[0]![1]));
    expect(errorsOf({ ...body, href: '/v1/observations' })).not.toEqual([]);
  });
});
