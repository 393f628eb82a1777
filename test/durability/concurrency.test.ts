import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/files';
import { describeReport, hammer } from './concurrency';

const SECONDS = Number(process.env.CONCURRENCY_SECONDS ?? 15);
const tempDir = useTempDir();

describe('concurrency: two web servers and the command line write to one database at once', () => {
  it(`refuses no write for being busy and loses none acknowledged (${SECONDS} s)`, async () => {
    const report = await hammer({ dbPath: join(tempDir(), 'shared.sqlite'), seconds: SECONDS, clientsPerServer: Number(process.env.CONCURRENCY_CLIENTS ?? 2), cliLoops: Number(process.env.CONCURRENCY_CLI ?? 2), baseVersion: process.env.CONCURRENCY_NO_BASE !== '1' });
    console.log(describeReport(report));
    expect(report.failures).toEqual([]);
    expect(report.total.busy).toBe(0);
    expect(report.missing).toEqual([]);
    expect(report.integrity).toBe('ok');
    // Meaningful only when every kind of writer got through some writes.
    for (const t of Object.values(report.byKind)) expect(t.acked).toBeGreaterThan(0);
  }, (SECONDS + 90) * 1000);
});
