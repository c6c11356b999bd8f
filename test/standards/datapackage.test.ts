// Rule: every dataset package is a valid Data Package 2.0: its descriptor, each resource and each
// table schema, against the official Frictionless profiles.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DATASETS_DIR, STANDARDS_DIR } from '../helpers/paths.ts';

const profile = (name: string) => JSON.parse(readFileSync(join(STANDARDS_DIR, 'frictionless', `v2.0-${name}.json`), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
ajv.addFormat('textarea', true); // a hint for form editors in the profiles, not a constraint
const validators = {
  datapackage: ajv.compile(profile('datapackage')),
  dataresource: ajv.compile(profile('dataresource')),
  tableschema: ajv.compile(profile('tableschema')),
};

function errorsOf(kind: keyof typeof validators, value: unknown): string[] {
  const validate = validators[kind];
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${kind}${e.instancePath} ${e.message}`);
}

const PACKAGES = readdirSync(DATASETS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('datasets/*/datapackage.json', () => {
  it('finds every package', () => {
    expect(PACKAGES.length).toBeGreaterThanOrEqual(13);
  });

  it.each(PACKAGES)('%s is valid against the Data Package 2.0 profiles', (name) => {
    const descriptor = JSON.parse(readFileSync(join(DATASETS_DIR, name, 'datapackage.json'), 'utf8'));
    const errors = [
      ...errorsOf('datapackage', descriptor),
      ...descriptor.resources.flatMap((resource: { schema: unknown }) => [
        ...errorsOf('dataresource', resource),
        ...errorsOf('tableschema', resource.schema),
      ]),
    ];
    expect(errors).toEqual([]);
  });

  it.each(PACKAGES)('%s states its licences, or leaves `licenses` out and says why in licence_note', (name) => {
    const descriptor = JSON.parse(readFileSync(join(DATASETS_DIR, name, 'datapackage.json'), 'utf8'));
    if ('licenses' in descriptor) expect(descriptor.licenses.length).toBeGreaterThan(0);
    else expect(descriptor.licence_note.en).not.toBe('');
  });

  it('rejects an empty licence list, as the profile does (the check can fail)', () => {
    const descriptor = JSON.parse(readFileSync(join(DATASETS_DIR, PACKAGES[0]!, 'datapackage.json'), 'utf8'));
    expect(errorsOf('datapackage', { ...descriptor, licenses: [] })).not.toEqual([]);
  });
});
