/**
 * `npm run build:widgets-dist`: builds the widget bundle when widgets/** changed (or always with
 * `--force`), then copies it to its served URLs with its SRI hash in /widgets/v1/manifest.json.
 */
import { fileURLToPath } from 'node:url';
import { buildBundle, buildCustomElementsManifest, distributeWidgets, ensureWidgets } from './lib/widgets-dist.ts';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--force')) {
    buildBundle();
    buildCustomElementsManifest();
  } else {
    ensureWidgets();
  }
  const manifest = distributeWidgets();
  console.log(
    `Widgets ${manifest.version}: ${manifest.url} (${manifest.bytes} bytes, ${manifest.gzip_bytes} gzipped), ${manifest.integrity}`,
  );
}
