import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Plotly's chunk is imported at run time (renderer/src/charts/plotly.ts), so Vite does not
 * preload it. A modulepreload link lets the browser fetch and compile it while the app's own
 * code still loads, instead of only once that code runs.
 */
function preloadPlotlyChunk(): Plugin {
  return {
    name: 'wzv:preload-plotly-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && c.moduleIds.some((id) => id.includes('/plotly.js-basic-dist-min/')));
        if (!chunk) throw new Error('Geen Plotly-chunk in de build: is renderer/src/charts/plotly.ts veranderd?');
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

/** The renderer: the same build runs in the Electron window and, via `npm run web`, in any browser. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadPlotlyChunk()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Plotly's basic bundle is ~1.2 MB minified; it is one local file, not a network download.
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy: { '/api': 'http://127.0.0.1:5174' } },
});
