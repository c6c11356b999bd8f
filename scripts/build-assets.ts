/**
 * Copies the static files the worker serves into dist/public (wrangler.toml [assets]): the
 * Swagger UI for /docs, from the swagger-ui-dist package that Node serves from node_modules, and
 * the widget bundle with its manifest, embed scripts and _headers (scripts/lib/widgets-dist.ts).
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../api/node-env.ts';
import { distIsStale, distributeWidgets, ensureWidgets, VITE_BUNDLE } from './lib/widgets-dist.ts';

export const PUBLIC_DIR = join(repoRoot, 'dist/public');

/**
 * `buildWidgets`: build the widget bundle first when widgets/** changed (deploy does); otherwise
 * only copy a bundle that is already built (the test setup, which must not wait for Vite).
 */
export function buildAssets({ buildWidgets = false }: { buildWidgets?: boolean } = {}): void {
  const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const target = join(PUBLIC_DIR, 'docs/assets');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js']) cpSync(join(swaggerDir, file), join(target, file));
  if (buildWidgets) ensureWidgets();
  if (existsSync(VITE_BUNDLE) && distIsStale()) distributeWidgets();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildAssets({ buildWidgets: true });
