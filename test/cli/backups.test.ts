import { closeSync, existsSync, openSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../support/cli';
import { useTempDir } from '../support/files';

/** `backups` and `backups restore` end to end, and what a damaged database file gets on the command line. */
const tempDir = useTempDir();
const PROJECTS = join(ROOT, 'test', 'golden', 'projecten.csv');

type Listed = { folder: string; backups: { id: string; reason: string; size: number; file: string }[] };

async function listed(db: string[]): Promise<Listed> {
  const run = await cli([...db, 'backups', '--json']);
  expect(run.code, run.err).toBe(0);
  return JSON.parse(run.out) as Listed;
}

async function scenarioNames(db: string[]): Promise<string[]> {
  const run = await cli([...db, 'scenarios', '--json']);
  expect(run.code, run.err).toBe(0);
  return (JSON.parse(run.out) as { name: string }[]).map((s) => s.name);
}

describe('backups on the command line', () => {
  it('a change, a backup (before an import), another change, a restore: the first change is back, the later ones gone', async () => {
    const path = join(tempDir(), 'w.sqlite');
    const db = ['--db', path];
    expect((await cli([...db, 'scenario', 'create', '--name', 'Eerste wijziging'])).code).toBe(0);
    const daily = (await listed(db)).backups;
    expect(daily.map((b) => b.reason)).toEqual(['daily']);
    const text = await cli([...db, 'backups']);
    expect(text.out).toContain('Reservekopieën: 1');
    expect(text.out).toContain(`${String(daily[0]?.id)}  `);
    expect(text.out).toContain('dagelijks');

    expect((await cli([...db, 'import', '--kind', 'projects', '--file', PROJECTS])).code).toBe(0);
    const beforeImport = (await listed(db)).backups.find((b) => b.reason === 'import');
    expect(beforeImport).toBeDefined();
    expect((await cli([...db, 'scenario', 'create', '--name', 'Tweede wijziging'])).code).toBe(0);

    const restore = await cli([...db, 'backups', 'restore', String(beforeImport?.id)]);
    expect(restore.code, restore.err).toBe(0);
    expect(restore.err).toContain(`Reservekopie ${String(beforeImport?.id)}`);
    expect(restore.err).toMatch(/De gegevens van daarvoor staan in reservekopie \d{8}-\d{6}-restore/);
    const names = await scenarioNames(db);
    expect(names).toContain('Eerste wijziging');
    expect(names).not.toContain('Tweede wijziging');
    const history = await cli([...db, 'history', '--json']);
    expect((JSON.parse(history.out) as { imports: unknown[] }).imports).toEqual([]);
  });

  it('a 0-byte database: exit 1, the message names the file kept aside and the backup; the restore brings the data back', async () => {
    const path = join(tempDir(), 'woonzorgverkenner.sqlite');
    const db = ['--db', path];
    await cli([...db, 'scenario', 'create', '--name', 'Voor de schade']);
    await cli([...db, 'import', '--kind', 'projects', '--file', PROJECTS]);
    const newest = (await listed(db)).backups[0];
    expect(newest?.reason).toBe('import');
    truncateSync(path, 0);

    const refused = await cli([...db, 'scenarios']);
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toMatch(new RegExp(`opzijgezet als ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.beschadigd-\\d{4}-`));
    expect(refused.err).toContain(`backups restore ${String(newest?.id)}`);
    expect(refused.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(path)).toBe(false);

    const restore = await cli([...db, 'backups', 'restore', String(newest?.id)]);
    expect(restore.code, restore.err).toBe(0);
    expect(await scenarioNames(db)).toContain('Voor de schade');
  });

  it('refuses to restore a damaged backup (exit 1) and an unknown one (exit 2), and changes nothing', async () => {
    const path = join(tempDir(), 'x.sqlite');
    const db = ['--db', path];
    await cli([...db, 'scenario', 'create', '--name', 'Blijft']);
    const [backup] = (await listed(db)).backups;
    // Garbage over the second page (the first table's root): the header is fine, quick_check is not.
    const fd = openSync(String(backup?.file), 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xee), 0, 4096, 4096);
    closeSync(fd);
    const damaged = await cli([...db, 'backups', 'restore', String(backup?.id)]);
    expect(damaged.code).toBe(1);
    expect(damaged.err).toContain(`De reservekopie ${String(backup?.id)} is beschadigd`);
    writeFileSync(String(backup?.file), 'kapot');
    expect((await cli([...db, 'backups', 'restore', String(backup?.id)])).code).toBe(1);
    const unknown = await cli([...db, 'backups', 'restore', '20991231-000000-daily']);
    expect(unknown).toMatchObject({ code: 2, err: 'Fout: Er is geen reservekopie 20991231-000000-daily. De opdracht backups toont welke er zijn.\n' });
    expect(await scenarioNames(db)).toContain('Blijft');
    expect((await listed(db)).backups.some((b) => b.reason === 'restore')).toBe(false);
  });
});
