import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/cli';

export const ROOT = join(import.meta.dirname, '..', '..');

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
