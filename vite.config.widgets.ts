/**
 * Builds the widget bundle: one ES module, dist/widgets/maltal.js, with Lit inside and nothing
 * else to load. `npm run build:widgets`.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/widgets',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: true,
    lib: {
      entry: 'widgets/index.ts',
      formats: ['es'],
      fileName: () => 'maltal.js',
    },
  },
});
