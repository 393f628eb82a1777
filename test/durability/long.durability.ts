/**
 * The long durability and concurrency tests (issue 14, item 8): `npm run test:durability`, kept
 * out of `npm test`. Their short versions (durability.test.ts, concurrency.test.ts) run in it.
 * DURABILITY_KILLS, DURABILITY_WRITERS and CONCURRENCY_SECONDS change the scale.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/store/store';
import { useTempDir } from '../support/files';
import { describeReport, hammer } from './concurrency';
import { checkAcks, runAndKill, type Ack } from './kill';

const KILLS = Number(process.env.DURABILITY_KILLS ?? 1000);
const WRITERS = Number(process.env.DURABILITY_WRITERS ?? 3);
const SECONDS = Number(process.env.CONCURRENCY_SECONDS ?? 75);
const tempDir = useTempDir();

describe('long: two web servers and the command line write to one database', () => {
  it(`for ${SECONDS} s: none refused for being busy, none acknowledged lost, the file intact`, async () => {
    const report = await hammer({ dbPath: join(tempDir(), 'shared.sqlite'), seconds: SECONDS, clientsPerServer: 3, cliLoops: 2 });
    console.log(describeReport(report));
    expect(report.failures).toEqual([]);
    expect(report.total.busy).toBe(0);
    expect(report.missing).toEqual([]);
    expect(report.integrity).toBe('ok');
    for (const t of Object.values(report.byKind)) expect(t.acked).toBeGreaterThan(0);
  }, (SECONDS + 180) * 1000);
});

describe('long: SIGKILL of writers, several at once', () => {
  it(`keeps every acknowledged save over ${KILLS} kills of ${WRITERS} writers at a time, integrity_check ok after each batch`, async () => {
    const path = join(tempDir(), 'durable.sqlite');
    await (await openStore(path)).close();
    let kills = 0;
    let acknowledged = 0;
    for (let batch = 0; kills < KILLS; batch++) {
      const writers = Math.min(WRITERS, KILLS - kills);
      const acks: Ack[] = (await Promise.all(Array.from({ length: writers }, (_, w) => runAndKill(path, `b${batch}w${w}`, 300)))).flat();
      kills += writers;
      acknowledged += acks.length;
      const { integrity, missing } = checkAcks(path, acks);
      expect(integrity, `after ${kills} kills`).toBe('ok');
      expect(missing, `after ${kills} kills`).toEqual([]);
    }
    console.log(`${kills} kills, ${acknowledged} acknowledged saves, none lost`);
    expect(acknowledged).toBeGreaterThan(KILLS);
    const store = await openStore(path);
    expect((await store.scenarios.list()).length).toBeGreaterThan(3);
    await store.close();
  }, 4 * 60 * 60 * 1000);
});
