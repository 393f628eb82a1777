import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION, CREDITS } from './about';

describe('about', () => {
  it('the version shown is package.json\'s', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
  it('every library credited is a dependency with the licence named', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    const packageOf: Record<string, string> = { Electron: 'electron', React: 'react', 'Plotly.js': 'plotly.js-basic-dist-min', 'SQLite (better-sqlite3)': 'better-sqlite3', zod: 'zod', docx: 'docx', ExcelJS: 'exceljs', PptxGenJS: 'pptxgenjs', 'TanStack Virtual': '@tanstack/react-virtual', Zustand: 'zustand' };
    for (const c of CREDITS) {
      const name = packageOf[c.name];
      expect(name, c.name).toBeDefined();
      expect(deps[name ?? ''], c.name).toBeDefined();
      const licence = (JSON.parse(readFileSync(new URL(`../node_modules/${name ?? ''}/package.json`, import.meta.url), 'utf8')) as { license: string }).license;
      expect(c.licence, c.name).toContain(licence);
    }
  });
});
