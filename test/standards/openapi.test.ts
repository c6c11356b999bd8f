// Rule: /openapi.json passes the OpenAPI community's own linters (Redocly `recommended`, Spectral
// `spectral:oas`) with zero errors, and a client generated from it compiles and runs a program that
// calls the API and reads a problem body.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';
import { json, testApp } from '../helpers/app.ts';

const run = promisify(execFile);
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

/** Scratch space inside the ignored data/ folder, so the generated client resolves the project's node_modules. */
const WORK_DIR = join(repoRoot, 'data', 'test', 'openapi-client');
const ORIGIN = 'https://maltal.example.se';

const app = testApp();
const doc = await json(await app.request(`${ORIGIN}/openapi.json`));
const DOC_PATH = join(WORK_DIR, 'openapi.json');

/** A linter's problems, as (severity, rule) pairs with where. */
interface Finding {
  severity: 'error' | 'warning' | 'info' | 'hint';
  rule: string;
  where: string;
}

const count = (findings: Finding[]) =>
  findings.reduce<Record<string, number>>((counts, f) => {
    const key = `${f.severity} ${f.rule}`;
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {});

/** Runs a CLI that exits non-zero when it finds problems; its report is on stdout either way. */
async function report(file: string, args: string[]): Promise<string> {
  try {
    return (await run(file, args, { cwd: WORK_DIR, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const { stdout } = error as { stdout?: string };
    if (stdout) return stdout;
    throw error;
  }
}

beforeAll(() => {
  rmSync(WORK_DIR, { recursive: true, force: true });
  mkdirSync(WORK_DIR, { recursive: true });
  writeFileSync(DOC_PATH, JSON.stringify(doc, null, 2));
});

/** The linters, the generator and tsc are separate processes; on a busy CI machine they take a while. */
const SLOW = { timeout: 120_000 };

describe('GET /openapi.json, as the OpenAPI linters read it', SLOW, () => {
  it('names its server after the origin it was asked at, needs no credentials and declares every tag it uses', () => {
    expect(doc.servers).toEqual([{ url: ORIGIN }]);
    expect(doc.security).toEqual([]);
    const declared = new Set(doc.tags.map((t: { name: string }) => t.name));
    const operations = Object.values<any>(doc.paths).flatMap((item) => Object.values<any>(item));
    for (const op of operations) for (const tag of op.tags ?? []) expect(declared, tag).toContain(tag);
    expect(new Set(operations.map((op) => op.operationId)).size).toBe(operations.length);
    expect(operations.every((op) => typeof op.operationId === 'string')).toBe(true);
  });

  it('gives every problem+json response the Problem component as its schema', () => {
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [status, response] of Object.entries<any>(item.get.responses)) {
        const problem = response.content?.['application/problem+json'];
        if (problem) expect(problem.schema, `${path} ${status}`).toEqual({ $ref: '#/components/schemas/Problem' });
      }
    }
    expect(doc.components.schemas.Problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail']));
  });

  it('has no error and no warning in Redocly (recommended)', async () => {
    const out = await report(bin('redocly'), ['lint', '--extends=recommended', '--format=json', DOC_PATH]);
    const problems = JSON.parse(out.slice(out.indexOf('{'))).problems as {
      severity: string;
      ruleId: string;
      location: { pointer: string }[];
    }[];
    const findings = problems.map((p) => ({
      severity: p.severity as Finding['severity'],
      rule: p.ruleId,
      where: p.location[0]?.pointer ?? '',
    }));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Redocly's recommended set finds nothing else; a new warning must be explained here or fixed.
    expect(count(findings)).toEqual({});
  });

  it('has no error in Spectral (spectral:oas); its warnings are counted and explained', async () => {
    const ruleset = join(WORK_DIR, '.spectral.yaml');
    writeFileSync(ruleset, 'extends: ["spectral:oas"]\n');
    const out = await report(bin('spectral'), ['lint', '--ruleset', ruleset, '--format', 'json', '--quiet', DOC_PATH]);
    const SEVERITY = ['error', 'warning', 'info', 'hint'] as const;
    const results = JSON.parse(out.slice(out.indexOf('['))) as { severity: number; code: string; path: string[] }[];
    const findings = results.map((r) => ({ severity: SEVERITY[r.severity]!, rule: r.code, where: r.path.join('.') }));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const undescribed = Object.entries<any>(doc.paths).filter(([, item]) => !item.get.description).length;
    expect(count(findings)).toEqual({
      // The document names no contact: the only address the API has is configured per deployment
      // (MALTAL_CONTACT_EMAIL, given in the DCAT catalogue), and the document is the same everywhere.
      'warning info-contact': 1,
      // These operations have a summary that says all there is to say; a description would repeat it.
      'warning operation-description': undescribed,
    });
    expect(undescribed).toBeLessThan(Object.keys(doc.paths).length);
  });
});

describe('a client generated from /openapi.json with openapi-typescript and openapi-fetch', SLOW, () => {
  let server: ServerType;
  let origin: string;

  beforeAll(async () => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('type-checks a program that calls several endpoints and reads error.detail, and the program runs', async () => {
    await run(bin('openapi-typescript'), [DOC_PATH, '--output', join(WORK_DIR, 'maltal-api.ts')], { cwd: WORK_DIR });
    copyFileSync(join(repoRoot, 'test', 'fixtures', 'openapi-client', 'program.ts'), join(WORK_DIR, 'program.ts'));
    writeFileSync(
      join(WORK_DIR, 'tsconfig.json'),
      JSON.stringify({ extends: '../../../tsconfig.base.json', compilerOptions: { types: ['node'] }, include: ['./*.ts'] }),
    );
    const typecheck = await run(bin('tsc'), ['-p', join(WORK_DIR, 'tsconfig.json')]).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(typecheck).toBe('');

    const { stdout } = await run(bin('tsx'), [join(WORK_DIR, 'program.ts'), origin], { cwd: WORK_DIR });
    const result = JSON.parse(stdout);
    expect(result.indicator).toBe('N00905');
    expect(result.indicators).toBe(2);
    expect(result.observations).toBeGreaterThan(0);
    expect(result.datasets).toBeGreaterThan(5);
    expect(result.problem).toEqual({ status: 404, detail: expect.stringContaining("'N99999'") });
  });

  it('does not compile a program that reads a field the problem body does not have', async () => {
    writeFileSync(
      join(WORK_DIR, 'wrong.ts'),
      [
        "import createClient from 'openapi-fetch';",
        "import type { paths } from './maltal-api.ts';",
        'const client = createClient<paths>({ baseUrl: process.argv[2] });',
        "const { error } = await client.GET('/v1/datasets');",
        'export const message: string | undefined = error?.message;',
        '',
      ].join('\n'),
    );
    try {
      const failed = await run(bin('tsc'), ['-p', join(WORK_DIR, 'tsconfig.json')]).then(
        () => '',
        (error: { stdout?: string }) => error.stdout ?? '',
      );
      expect(failed).toMatch(/wrong\.ts.*Property 'message' does not exist/s);
    } finally {
      rmSync(join(WORK_DIR, 'wrong.ts'));
    }
  });
});
