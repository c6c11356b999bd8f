// Rule: `npm run bench` runs to the end and prints every table BENCHMARKS.md is made from. This is
// its short form (BENCH_MODE=check, BENCH_SECONDS=1): every correctness check of the bench runs
// (the same rows from Måltal and both baselines, 304 for current ETags, cached and compressed
// answers byte for byte, the worker and the widgets), and no timing is judged.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../api/node-env.ts';
import { TEST_DB_PATH } from '../../helpers/paths.ts';

describe('npm run bench, short form', () => {
  it('runs to the end over the test database and prints the HTTP, worker, widget and page tables', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/bench.ts'], {
      cwd: repoRoot,
      env: { ...process.env, BENCH_MODE: 'check', BENCH_SECONDS: '1', MALTAL_DB: TEST_DB_PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect({ code, err: code === 0 ? '' : err }).toEqual({ code: 0, err: '' });
    for (const heading of [
      '### Uncached',
      '### Conditional',
      '### Repeated',
      'No-work 304 (BASELINE=fixed-304',
      '| no-work 304 (fixed-304) | 32 |',
      '### Bytes on the wire',
      '| Query | Worker uncached req/s',
      '| Bundle | bytes | gzip (KB) |',
      'Drawing N00914',
      '| Page | Pages cycled |',
    ]) {
      expect(out).toContain(heading);
    }
    expect(err).toMatch(/Checked: the same rows from all five servers/);
    expect(out).not.toMatch(/NaN|undefined/);
  }, 600_000);
});
