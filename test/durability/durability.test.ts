import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioParams } from '../../shared/scenario/schema';
import { openStore } from '../../electron/store/store';
import { useTempDir } from '../support/files';

const ROUNDS = 12;
const tempDir = useTempDir();
const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs');

type Ack = { id: string; version: number; multiplier: number };

/** Runs the writer until it has acknowledged some saves, then SIGKILLs it after a random delay. */
function runAndKill(path: string, prefix: string): Promise<Ack[]> {
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
          setTimeout(() => child.kill('SIGKILL'), 5 + Math.random() * 150);
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

describe('durability: a save that was acknowledged survives SIGKILL', () => {
  it(`keeps every acknowledged save complete over ${ROUNDS} kills, and the file stays intact`, async () => {
    const path = join(tempDir(), 'durable.sqlite');
    await (await openStore(path)).close();
    let total = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const acks = await runAndKill(path, `r${round}`);
      total += acks.length;
      const db = new Database(path);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const get = db.prepare('SELECT params FROM scenario_version WHERE scenario_id = ? AND version = ?');
      for (const ack of acks) {
        const row = get.get(ack.id, ack.version) as { params: string } | undefined;
        expect(row, `${ack.id} v${ack.version}`).toBeDefined();
        const params = ScenarioParams.parse(JSON.parse(row!.params));
        expect(params.programme.paceMultiplier).toBe(ack.multiplier);
      }
      db.close();
    }
    // The test is only meaningful if the writer got to save things before it was killed.
    expect(total).toBeGreaterThan(ROUNDS);
    const store = await openStore(path);
    expect((await store.scenarios.list()).length).toBeGreaterThan(3);
    await store.close();
  }, 120_000);
});

