import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The Maven build passes CONSOLE_OUT_DIR (target/classes/static/console); the jar serves it at /console/.
const outDir = process.env.CONSOLE_OUT_DIR
  ?? fileURLToPath(new URL('../../../target/classes/static/console', import.meta.url));

export default defineConfig({
  base: '/console/',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    assetsInlineLimit: 0,
    rolldownOptions: {
      checks: { pluginTimings: false },
      output: {
        // Firebase in a chunk of its own, so its size is told apart from the console's.
        codeSplitting: { groups: [{ name: 'firebase', test: /node_modules[\\/](@firebase|firebase)/ },
          // Cytoscape (the risk map's graph) is imported dynamically: a lazy chunk, told apart by name.
          { name: 'cytoscape', test: /node_modules[\\/]cytoscape/ }] },
      },
    },
  },
  css: { preprocessorOptions: { scss: { quietDeps: true, loadPaths: [fileURLToPath(new URL('node_modules', import.meta.url))] } } },
});
