/**
 * Puts the widget bundle Vite built (`npm run build:widgets`) where both runtimes serve it:
 * dist/public/widgets/<version>/maltal.js (immutable), the same bytes at /widgets/v1/maltal.js
 * (moving alias), a manifest with the SRI hash, the embed scripts, and the worker's _headers.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../../api/node-env.ts';
import { cloudflareHeadersFile, WIDGET_URLS, WIDGETS_VERSION } from '../../api/routes/widgets/widgets.assets.ts';

export const PUBLIC_DIR = join(repoRoot, 'dist/public');
export const WIDGETS_SOURCE_DIR = join(repoRoot, 'widgets');
/** Where `npm run build:widgets` (vite.config.widgets.ts) writes the bundle. */
export const VITE_BUNDLE = join(repoRoot, 'dist/widgets/maltal.js');

/** The client scripts of the embed pages and the builder, copied beside the bundle. */
const CLIENT_SCRIPTS: [source: string, url: string][] = [
  ['api/routes/embed/client/embed.js', WIDGET_URLS.embedParent],
  ['api/routes/embed/client/embed-frame.js', WIDGET_URLS.embedFrame],
  ['api/routes/builder/client/bygg.js', WIDGET_URLS.builder],
];

export interface WidgetsManifest {
  name: 'maltal-widgets';
  version: string;
  /** The immutable URL (path on the API's origin). */
  url: string;
  /** The moving alias with the same bytes. */
  alias: string;
  /** Subresource Integrity of the bundle: put it in `integrity` with `crossorigin`. */
  integrity: string;
  bytes: number;
  gzip_bytes: number;
  elements: string[];
  embed: string;
  custom_elements: string;
}

export const publicPath = (url: string, publicDir = PUBLIC_DIR) => join(publicDir, url);

/** `sha384-…` of the bytes, as `<script integrity>` expects. */
export function sriHash(bytes: Buffer): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** The files the bundle is built from: widgets/**, the Vite config, the lockfile. */
function sourcesMtime(): number {
  return Math.max(
    newestMtime(WIDGETS_SOURCE_DIR),
    newestMtime(join(repoRoot, 'vite.config.widgets.ts')),
    newestMtime(join(repoRoot, 'package-lock.json')),
  );
}

/** True when Vite's bundle is missing or older than a file it is built from. */
export function bundleIsStale(): boolean {
  return !existsSync(VITE_BUNDLE) || statSync(VITE_BUNDLE).mtimeMs < sourcesMtime();
}

/** True when dist/public lacks the served files or they are older than the bundle or the client scripts. */
export function distIsStale(): boolean {
  const served = publicPath(WIDGET_URLS.manifest);
  if (!existsSync(served) || !existsSync(publicPath(WIDGET_URLS.versioned))) return true;
  const inputs = Math.max(newestMtime(VITE_BUNDLE), ...CLIENT_SCRIPTS.map(([source]) => newestMtime(join(repoRoot, source))));
  return statSync(served).mtimeMs < inputs;
}

function run(args: string[]): void {
  const result = spawnSync('npm', args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (exit ${result.status})`);
}

/** `npm run build:widgets` (Vite), always. */
export function buildBundle(): void {
  run(['run', '--silent', 'build:widgets']);
}

/** `npm run build:manifest` (the custom-elements manifest), always. */
export function buildCustomElementsManifest(): void {
  run(['run', '--silent', 'build:manifest']);
}

/** The tag names the widget sources register. */
function definedElements(): string[] {
  const tags = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/customElements\.define\(\s*['"](maltal-[a-z-]+)['"]/g)) tags.add(m[1]!);
      }
    }
  };
  if (existsSync(WIDGETS_SOURCE_DIR)) walk(WIDGETS_SOURCE_DIR);
  return [...tags].sort();
}

export interface DistributeOptions {
  /** The bundle's bytes; default: Vite's output file. */
  bundle?: Buffer;
  /** Where to write; default dist/public (tests write to a temporary folder). */
  publicDir?: string;
}

/** Copies the built bundle and the client scripts into dist/public and writes the manifest. */
export function distributeWidgets({ bundle, publicDir = PUBLIC_DIR }: DistributeOptions = {}): WidgetsManifest {
  if (!bundle && !existsSync(VITE_BUNDLE)) throw new Error(`no widget bundle at ${VITE_BUNDLE}; run npm run build:widgets first`);
  bundle ??= readFileSync(VITE_BUNDLE);
  const write = (url: string, bytes: Buffer | string) => {
    const path = publicPath(url, publicDir);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  };
  write(WIDGET_URLS.versioned, bundle);
  write(WIDGET_URLS.alias, bundle);
  for (const [source, url] of CLIENT_SCRIPTS) {
    mkdirSync(dirname(publicPath(url, publicDir)), { recursive: true });
    copyFileSync(join(repoRoot, source), publicPath(url, publicDir));
  }
  const manifest: WidgetsManifest = {
    name: 'maltal-widgets',
    version: WIDGETS_VERSION,
    url: WIDGET_URLS.versioned,
    alias: WIDGET_URLS.alias,
    integrity: sriHash(bundle),
    bytes: bundle.length,
    gzip_bytes: gzipSync(bundle, { level: 9 }).length,
    elements: definedElements(),
    embed: WIDGET_URLS.embedParent,
    custom_elements: WIDGET_URLS.customElements,
  };
  write(WIDGET_URLS.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  write('/_headers', cloudflareHeadersFile());
  return manifest;
}

export function readWidgetsManifest(): WidgetsManifest {
  return JSON.parse(readFileSync(publicPath(WIDGET_URLS.manifest), 'utf8')) as WidgetsManifest;
}

/**
 * Builds what is missing or stale: the bundle when widgets/** changed, then dist/public, then the
 * custom-elements manifest. Returns what it did, for the caller to report.
 */
export function ensureWidgets(): string[] {
  const done: string[] = [];
  if (bundleIsStale()) {
    buildBundle();
    done.push('built the widget bundle');
  }
  if (distIsStale()) {
    distributeWidgets();
    done.push(`copied it to dist/public${WIDGET_URLS.versioned}`);
  }
  const cem = publicPath(WIDGET_URLS.customElements);
  if (!existsSync(cem) || statSync(cem).mtimeMs < newestMtime(WIDGETS_SOURCE_DIR)) {
    buildCustomElementsManifest();
    done.push('wrote the custom-elements manifest');
  }
  return done;
}
