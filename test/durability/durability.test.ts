import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/store/store';
import { useTempDir } from '../support/files';
import { checkAcks, runAndKill } from './kill';

const ROUNDS = 12;
const tempDir = useTempDir();

describe('durability: a save that was acknowledged survives SIGKILL', () => {
  it(`keeps every acknowledged save complete over ${ROUNDS} kills, and the file stays intact`, async () => {
    const path = join(tempDir(), 'durable.sqlite');
    await (await openStore(path)).close();
    let total = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const acks = await runAndKill(path, `r${round}`);
      total += acks.length;
      const { integrity, missing } = checkAcks(path, acks);
      expect(integrity).toBe('ok');
      expect(missing).toEqual([]);
    }
    // The test is only meaningful if the writer got to save things before it was killed.
    expect(total).toBeGreaterThan(ROUNDS);
    const store = await openStore(path);
    expect((await store.scenarios.list()).length).toBeGreaterThan(3);
    await store.close();
  }, 120_000);
});
