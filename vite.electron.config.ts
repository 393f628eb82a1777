import { builtinModules } from 'node:module';
import { defineConfig, type EnvironmentOptions } from 'vite';

/**
 * The Electron side: electron/main/main.ts → dist-electron/main.js (ESM, the package is
 * "type": "module") and electron/preload/preload.ts → dist-electron/preload.cjs (CommonJS:
 * a sandboxed preload cannot be an ES module). `vite build -c vite.electron.config.ts` builds both.
 *
 * Everything is bundled except Electron itself, Node's built-in modules, the document libraries
 * and better-sqlite3, a native module that must be loaded from node_modules (built for Electron,
 * see scripts/native-for.mjs).
 */

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/**
 * The document libraries (CommonJS, with lazy requires of their own) load from node_modules at
 * run time, exactly as in the tests, instead of being re-bundled into main.js.
 */
const DOCUMENT_LIBRARIES = ['docx', 'pptxgenjs', 'exceljs', 'jszip'];

function electronBuild(entry: string, fileName: string, format: 'es' | 'cjs', external: string[]): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, external, conditions: ['node', 'import', 'default'] },
    build: {
      outDir: 'dist-electron',
      // Both environments write here: only the first build empties the folder.
      emptyOutDir: false,
      target: 'node22',
      ssr: entry,
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        external,
        output: { format, entryFileNames: fileName, codeSplitting: false },
      },
    },
  };
}

export default defineConfig({
  publicDir: false,
  environments: {
    main: electronBuild('electron/main/main.ts', 'main.js', 'es', ['electron', 'better-sqlite3', ...DOCUMENT_LIBRARIES, ...NODE_BUILTINS]),
    preload: electronBuild('electron/preload/preload.ts', 'preload.cjs', 'cjs', ['electron']),
  },
  builder: {
    async buildApp(builder) {
      const { rm } = await import('node:fs/promises');
      await rm('dist-electron', { recursive: true, force: true });
      for (const name of ['main', 'preload']) {
        const environment = builder.environments[name];
        if (environment === undefined) throw new Error(`Vite-omgeving ${name} ontbreekt`);
        await builder.build(environment);
      }
    },
  },
});
