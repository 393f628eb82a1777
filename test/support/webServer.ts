import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Starts `electron/web/main.ts` (what `npm run web` runs after building) as a child process on
 * a free port over the given database, and resolves once it prints its address. `staticDir`
 * serves another build of the renderer (the browser benchmark compares one with this one).
 */
export async function startWeb(dbPath: string, staticDir = join(ROOT, 'dist/renderer')): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(`${staticDir} ontbreekt: voer eerst "npm run build" uit (npm test doet dat zelf).`);
  }
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['electron/web/main.ts', '--port', '0', '--db', dbPath, '--static', staticDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => { reject(new Error(`De webserver startte niet binnen 30 s:\n${output}`)); }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /draait op (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`De webserver stopte (code ${String(code)}):\n${output}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) {
          done();
          return;
        }
        child.once('exit', () => {
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}
