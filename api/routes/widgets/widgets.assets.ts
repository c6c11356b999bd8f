/**
 * Where the built widget files live and how long caches may keep them. Node serves them from
 * dist/public (api/node.ts); the worker gets the same files through wrangler's [assets], with the
 * same headers written to dist/public/_headers (scripts/build-widgets-dist.ts), so both runtimes
 * answer alike.
 */
import packageJson from '../../../package.json' with { type: 'json' };
import { NOTHING_CSP, REFERRER_POLICY } from '../../lib/security-headers.ts';

/** The widget bundle's version: the package version, so a release is a new immutable URL. */
export const WIDGETS_VERSION: string = packageJson.version;

/** The moving alias: always the newest bundle of major version 1. */
export const WIDGETS_ALIAS = 'v1';

export const WIDGET_URLS = {
  /** The bundle at its versioned URL: never changes, cached for a year. */
  versioned: `/widgets/${WIDGETS_VERSION}/maltal.js`,
  /** The same bytes at a URL that moves with each release, cached for an hour. */
  alias: `/widgets/${WIDGETS_ALIAS}/maltal.js`,
  /** `{ version, url, integrity, … }` of the current bundle (scripts/build-widgets-dist.ts). */
  manifest: `/widgets/${WIDGETS_ALIAS}/manifest.json`,
  /** The parent-page snippet that sizes `iframe[data-maltal]` from their messages. */
  embedParent: `/widgets/${WIDGETS_ALIAS}/embed.js`,
  /** The script inside an /embed page that reports its height. */
  embedFrame: `/widgets/${WIDGETS_ALIAS}/embed-frame.js`,
  /** The embed builder's script (/bygg). */
  builder: `/widgets/${WIDGETS_ALIAS}/bygg.js`,
  /** The custom-elements manifest of every maltal-* element (npm run build:manifest). */
  customElements: '/widgets/custom-elements.json',
} as const;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const SHORT = 'public, max-age=3600';

/** The Cache-Control for a file under /widgets, by its URL path. */
export function widgetCacheControl(path: string): string {
  return path.startsWith(`/widgets/${WIDGETS_VERSION}/`) ? IMMUTABLE : SHORT;
}

/**
 * The same rules in Cloudflare's `_headers` format, for the worker's static assets (which are
 * served before the worker runs, so the app's CORS and security middleware never sees them).
 */
export function cloudflareHeadersFile(): string {
  return [
    '/*',
    '  X-Content-Type-Options: nosniff',
    `  Referrer-Policy: ${REFERRER_POLICY}`,
    `  Content-Security-Policy: ${NOTHING_CSP}`,
    `/widgets/${WIDGETS_VERSION}/*`,
    `  Cache-Control: ${IMMUTABLE}`,
    '  Access-Control-Allow-Origin: *',
    `/widgets/${WIDGETS_ALIAS}/*`,
    `  Cache-Control: ${SHORT}`,
    '  Access-Control-Allow-Origin: *',
    '/widgets/custom-elements.json',
    `  Cache-Control: ${SHORT}`,
    '  Access-Control-Allow-Origin: *',
    '',
  ].join('\n');
}
