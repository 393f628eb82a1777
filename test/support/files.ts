import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temporary folder per test, removed afterwards. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'wzv-'));
    dirs.push(dir);
    return dir;
  };
}

/** Hash of a database file and its WAL/SHM companions: "unchanged" means all three are. */
export function fileState(path: string): string {
  return ['', '-wal', '-shm']
    .map((suffix) => {
      const p = path + suffix;
      return existsSync(p) ? createHash('sha256').update(readFileSync(p)).digest('hex') : 'absent';
    })
    .join('|');
}
