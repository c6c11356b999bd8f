/**
 * Copies the static files the worker serves into dist/public (wrangler.toml [assets]): the
 * Swagger UI for /docs, from the swagger-ui-dist package that Node serves from node_modules.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../api/node-env.ts';

export const PUBLIC_DIR = join(repoRoot, 'dist/public');

export function buildAssets(): void {
  const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const target = join(PUBLIC_DIR, 'docs/assets');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js']) cpSync(join(swaggerDir, file), join(target, file));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildAssets();
