import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/cli';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The bundle `npm run cli` runs (scripts/cli-bundle.mjs builds it). */
export const CLI_BUNDLE = join(ROOT, 'dist-cli', 'main.js');

export type CliRun = { code: number; out: string; err: string };

/** The command line in this process (fast), with its output captured. */
export async function cli(args: string[], cwd = ROOT): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd, env: {} });
  return { code, out, err };
}

/** The command line as a user runs it: `npm run --silent cli -- …` in a child process. */
export function cliProcess(args: string[], cwd = ROOT): CliRun {
  const result = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

/** The environment of a start without npm: npm's INIT_CWD (set when the tests run under npm) would move relative paths. */
export function envWithoutNpm(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.INIT_CWD;
  return { ...env, ...extra };
}

/** The launcher of `npm run cli` without npm: `node [nodeOptions] scripts/cli.mjs …`. */
export function launcherProcess(args: string[], options: { nodeOptions?: string[]; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [...(options.nodeOptions ?? []), join(ROOT, 'scripts', 'cli.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: envWithoutNpm(options.env) });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}
