/**
 * SIGKILL of a writer (test/durability/writer.ts) in the middle of a stream of commits: used by
 * durability.test.ts (a dozen kills, in `npm test`) and long.durability.ts (over a thousand, several
 * writers at once, in `npm run test:durability`).
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ScenarioParams } from '../../shared/scenario/schema';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs');

export type Ack = { id: string; version: number; multiplier: number };

/** Runs the writer until it has acknowledged some saves, then SIGKILLs it after a random delay. */
export function runAndKill(path: string, prefix: string, maxDelayMs = 150): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'test', 'durability', 'writer.ts'), path, prefix], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let buffer = '';
    let stderr = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [tag, id, version, multiplier] = line.split(' ');
        if (tag === 'ACK' && id && version && multiplier) acks.push({ id, version: Number(version), multiplier: Number(multiplier) });
        if (tag === 'READY' && !armed) {
          armed = true;
          // Kill somewhere in the middle of a stream of commits.
          setTimeout(() => child.kill('SIGKILL'), 5 + Math.random() * maxDelayMs);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer stopped by itself: ${stderr}`));
      else resolve(acks); // a partial last line was never acknowledged
    });
  });
}

/** integrity_check of the file, and the acknowledged saves that are not there (as "id vN"). */
export function checkAcks(path: string, acks: readonly Ack[]): { integrity: string; missing: string[] } {
  const db = new Database(path);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const get = db.prepare('SELECT params FROM scenario_version WHERE scenario_id = ? AND version = ?');
    const missing: string[] = [];
    for (const ack of acks) {
      const row = get.get(ack.id, ack.version) as { params: string } | undefined;
      if (!row || ScenarioParams.parse(JSON.parse(row.params)).programme.paceMultiplier !== ack.multiplier) missing.push(`${ack.id} v${String(ack.version)}`);
    }
    return { integrity, missing };
  } finally {
    db.close();
  }
}
