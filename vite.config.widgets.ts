/**
 * Builds the widget bundle: one ES module, dist/widgets/maltal.js, with Lit inside and nothing
 * else to load. `npm run build:widgets`.
 */
import { defineConfig, type Plugin } from 'vite';

/**
 * Compacts the CSS in Lit's css`…` templates: comments go, and white space around CSS punctuation
 * and runs of white space collapse. Only the static text between ${…} is touched, so the
 * interpolated values are left alone. Saves about a kilobyte gzipped (BENCHMARKS.md).
 */
function compactCss(): Plugin {
  const compact = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  return {
    name: 'maltal-compact-css',
    transform(code, id) {
      if (!id.includes('/widgets/') || !code.includes('css`')) return null;
      return code.replace(
        /css`([^`]*)`/g,
        (_whole, body: string) =>
          `css\`${body
            .split(/(\$\{[^}]*\})/)
            .map((part, i) => (i % 2 === 1 ? part : compact(part)))
            .join('')}\``,
      );
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [compactCss()],
  build: {
    outDir: 'dist/widgets',
    emptyOutDir: true,
    target: 'es2022',
    minify: 'terser',
    terserOptions: { compress: { passes: 2 }, format: { comments: false } },
    sourcemap: false,
    reportCompressedSize: true,
    // Rolldown warns [PLUGIN_TIMINGS] when plugins take a large share of the build, which terser and
    // compactCss do on a busy 2-core machine: a green `npm start` should not print a warning about it.
    rolldownOptions: { checks: { bundlerTimings: false } },
    lib: {
      entry: 'widgets/index.ts',
      formats: ['es'],
      fileName: () => 'maltal.js',
    },
  },
});
