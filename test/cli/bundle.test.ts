import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunJson } from '../../electron/cli/commands/runJson';
import { cli, CLI_BUNDLE, cliProcess, launcherProcess } from '../support/cli';
import { fileState, useTempDir } from '../support/files';

const tempDir = useTempDir();

/** Runs the launcher with a module hook that writes every module it resolves to a file. */
function loadedModules(args: string[]): string[] {
  const dir = tempDir();
  const log = join(dir, 'modules.txt');
  writeFileSync(log, '');
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(log, resolved.url + '\\n');
  return resolved;
}
`,
  );
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url, { data: { log: ${JSON.stringify(log)} } });\n`);
  const run = launcherProcess(args, { nodeOptions: ['--import', join(dir, 'register.mjs')] });
  expect(run.code, run.err).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const HEAVY = ['playwright-core', 'exceljs', 'pptxgenjs', 'docx', 'jszip'];
const fromPackage = (modules: string[], name: string) => modules.filter((url) => url.includes(`/node_modules/${name}/`));

// The only test file that starts the launcher: its tests run one after another, so the test that
// ages the bundle is the only one that sees it rebuilt.
describe('the bundled command line (npm run cli)', () => {
  it('rebuilds when a source is newer than the bundle, and prints what the command line prints in-process', async () => {
    const db = join(tempDir(), 'bundle.sqlite');
    const args = ['run', '--scenario', 'basis', '--json', '--db', db];
    const inProcess = await cli(args);
    expect(inProcess.code).toBe(0);

    if (existsSync(CLI_BUNDLE)) utimesSync(CLI_BUNDLE, new Date(2000, 0, 1), new Date(2000, 0, 1));
    const rebuilt = launcherProcess(args);
    expect(rebuilt.err).toBe('Opdrachtregel wordt gebouwd…\n');
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.out).toBe(inProcess.out);

    const again = launcherProcess(args);
    expect(again.err).toBe('');
    expect(again.out).toBe(inProcess.out);
  });

  it('loads the export and import libraries only for the commands that need them', () => {
    const db = join(tempDir(), 'modules.sqlite');
    const run = loadedModules(['run', '--scenario', 'basis', '--json', '--db', db]);
    expect(fromPackage(run, 'better-sqlite3').length, 'the hook sees packages').toBeGreaterThan(0);
    for (const name of HEAVY) expect(fromPackage(run, name), name).toEqual([]);

    const help = loadedModules(['--help']);
    for (const name of ['better-sqlite3', 'zod', ...HEAVY]) expect(fromPackage(help, name), name).toEqual([]);
  });

  it('resolves relative paths against the folder npm was started in (INIT_CWD)', () => {
    const dir = tempDir();
    const run = launcherProcess(['scenarios', '--db', 'eigen.sqlite'], { env: { INIT_CWD: dir } });
    expect(run.code, run.err).toBe(0);
    expect(existsSync(join(dir, 'eigen.sqlite'))).toBe(true);
  });

  it('exits 0 with JSON on stdout, and non-zero with a Dutch message on bad input, through npm', async () => {
    const db = join(tempDir(), 'npm.sqlite');
    expect((await cli(['scenarios', '--db', db])).code).toBe(0);
    const ok = cliProcess(['run', '--scenario', 'basis', '--json', '--db', db]);
    expect(ok.code).toBe(0);
    expect(RunJson.parse(JSON.parse(ok.out)).scenarioId).toBe('basis');
    const before = fileState(db);
    const bad = cliProcess(['scenario', 'create', '--name', 'x', '--set', 'programme.paceMultiplier=99', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Fout:');
    expect(bad.out).toBe('');
    expect(fileState(db)).toBe(before);
  });
});
