// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default defineConfig(
  // test/electron/fake: a plain-JS stand-in for Electron's API, loaded only by the bundle test.
  { ignores: ['node_modules/**', 'dist/**', 'dist-electron/**', 'dist-cli/**', 'release/**', 'test-results/**', 'coverage/**', 'test/electron/fake/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // An import cycle makes load order matter and hides which module owns what: none allowed.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json', 'renderer/tsconfig.json', 'renderer/tsconfig.test.json'], noWarnOnMultipleProjects: true })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Only the store's SQLite adapter holds a database handle; everyone else goes through the Store port.
    // The durability test opens the file itself on purpose: it checks what reached the disk, independently of the store.
    files: ['electron/**/*.ts', 'test/**/*.ts'],
    ignores: ['electron/store/sqlite/**', 'test/durability/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'better-sqlite3', message: 'Alleen electron/store/sqlite/ gebruikt de database direct; gebruik de Store (electron/store/port.ts).' }] }],
    },
  },
  {
    // shared/ runs in the renderer, the CLI and the tests alike: no platform modules.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3', 'electron', 'react', '../electron/*', '../renderer/*', '../../electron/*', '../../renderer/*'], message: 'shared/ blijft puur: geen Node-, Electron- of DOM-modules.' }] }],
    },
  },
  {
    // docx's run options type is a union with string, so `bold`/`italics` resolve to the
    // deprecated String.prototype.bold/italics of the ES lib: a false alarm.
    files: ['electron/exports/docx.ts'],
    rules: { '@typescript-eslint/no-deprecated': 'off' },
  },
  {
    // The renderer runs in a sandboxed page: it reaches the Node side only through the API client.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3', 'electron', '../electron/*', '../../electron/*', '../../../electron/*'], message: 'De renderer praat alleen via de API-client met de Node-kant.' }] }],
      // `onClick={() => setX(y)}` is the idiom of React event handlers.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // Component tests render with the real handlers and store (renderer/tsconfig.test.json); src/test/ is their support.
    files: ['renderer/**/*.test.{ts,tsx}', 'renderer/src/test/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false, project: './renderer/tsconfig.test.json', tsconfigRootDir: import.meta.dirname } },
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Tests of shared/ are not part of the shared bundle (shared/tsconfig.json excludes them): they may
    // read the real seed through electron/seeds/readSeeds.ts and use node: modules.
    files: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
