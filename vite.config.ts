import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The renderer: the same build runs in the Electron window and, via `npm run web`, in any browser. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Plotly's basic bundle is ~1.2 MB minified; it is one local file, not a network download.
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy: { '/api': 'http://127.0.0.1:5174' } },
});
