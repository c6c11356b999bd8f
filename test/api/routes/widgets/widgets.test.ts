// Rule: Node serves the widget files from the public folder with the caching the worker's _headers
// gives them: a year and immutable at the versioned URL, an hour at the v1 alias; the manifest
// carries the bundle's SRI hash.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeApp, openNodeDb } from '../../../../api/node.ts';
import { cloudflareHeadersFile, WIDGETS_VERSION } from '../../../../api/routes/widgets/widgets.assets.ts';
import { distributeWidgets } from '../../../../scripts/lib/widgets-dist.ts';
import { TEST_DB_PATH } from '../../../helpers/paths.ts';
import { json } from '../../../helpers/app.ts';

const publicDir = mkdtempSync(join(tmpdir(), 'maltal-public-'));
const bundle = Buffer.from('export const maltal = "test bundle";\n');
const manifest = distributeWidgets({ bundle, publicDir });
const app = createNodeApp(openNodeDb(TEST_DB_PATH), publicDir);
const packageVersion = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../package.json'), 'utf8')).version;

describe('GET /widgets/…', () => {
  it('serves the bundle at /widgets/<package version>/maltal.js, immutable for a year, open to every origin', async () => {
    expect(WIDGETS_VERSION).toBe(packageVersion);
    const res = await app.request(`/widgets/${packageVersion}/maltal.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bundle);
  });

  it('serves the same bytes at the v1 alias, and the embed scripts, for an hour', async () => {
    for (const path of [
      '/widgets/v1/maltal.js',
      '/widgets/v1/embed.js',
      '/widgets/v1/embed-frame.js',
      '/widgets/v1/bygg.js',
      '/widgets/v1/manifest.json',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=3600');
    }
    expect(Buffer.from(await (await app.request('/widgets/v1/maltal.js')).arrayBuffer())).toEqual(bundle);
  });

  it('publishes the SRI hash and the URLs in /widgets/v1/manifest.json', async () => {
    const body = await json(await app.request('/widgets/v1/manifest.json'));
    expect(body).toEqual(manifest);
    expect(body).toMatchObject({
      version: packageVersion,
      url: `/widgets/${packageVersion}/maltal.js`,
      alias: '/widgets/v1/maltal.js',
      integrity: `sha384-${createHash('sha384').update(bundle).digest('base64')}`,
      embed: '/widgets/v1/embed.js',
    });
  });

  it('writes the same caching rules for the worker into _headers', () => {
    expect(readFileSync(join(publicDir, '_headers'), 'utf8')).toBe(cloudflareHeadersFile());
    expect(cloudflareHeadersFile()).toContain(`/widgets/${packageVersion}/*\n  Cache-Control: public, max-age=31536000, immutable`);
  });

  it('answers a file that is not there with a 404 problem', async () => {
    const res = await app.request('/widgets/v1/nope.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
