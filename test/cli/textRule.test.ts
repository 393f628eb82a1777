import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// eslint-disable-next-line no-restricted-imports -- the test writes a name the app refuses, as a hand edit or an older version could have
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { fileState, useTempDir } from '../support/files';
import { officeParts } from '../support/officeFiles';

const tempDir = useTempDir();
const dbIn = (dir: string) => join(dir, 'db.sqlite');

/** Issue 14 item 2: a name or description with a character no one can see (or XML carry) is refused in Dutch, exit 2. */
describe('cli: the text rule', () => {
  it('refuses a control character, NUL or U+FFFF in a name or description, naming it and where it is; nothing is written', async () => {
    const db = dbIn(tempDir());
    expect((await cli(['--db', db, 'scenario', 'create', '--name', 'Eigen'])).code).toBe(0);
    const before = fileState(db);
    const bell = await cli(['--db', db, 'scenario', 'create', '--name', 'ab\u0007c']);
    expect(bell.code).toBe(2);
    expect(bell.err).toBe('Fout: De naam bevat een onzichtbaar stuurteken (U+0007) op positie 3; haal het weg.\n');
    const ffff = await cli(['--db', db, 'scenario', 'create', '--name', 'Goed', '--description', 'regel 1\nregel \uFFFF']);
    expect(ffff.code).toBe(2);
    expect(ffff.err).toContain('--description: De beschrijving bevat een teken dat geen tekst is (U+FFFF) op positie 15');
    const nul = await cli(['--db', db, 'scenario', 'update', 'eigen', '--name', 'Eigen\u0000']);
    expect(nul.code).toBe(2);
    expect(nul.err).toContain('(U+0000) op positie 6');
    expect(fileState(db)).toBe(before);
    // A description may span lines.
    expect((await cli(['--db', db, 'scenario', 'create', '--name', 'Meerregelig', '--description', 'regel 1\n\tregel 2'])).code).toBe(0);
  }, 60_000);

  it('a comparison exported with a stored name holding U+0007 and U+FFFF: charts drawn, every part of the deck parses', async () => {
    const dir = tempDir();
    const db = dbIn(dir);
    expect((await cli(['--db', db, 'scenario', 'create', '--name', 'Eigen', '--set', 'programme.paceMode=programme'])).code).toBe(0);
    const sqlite = new Database(db);
    sqlite.prepare('UPDATE scenario_version SET name = ? WHERE scenario_id = ?').run('Eigen \u0007tempo\uFFFF', 'eigen');
    sqlite.close();
    const r = await cli(['--db', db, 'export', '--scenario', 'basis', '--compare', 'eigen', '--format', 'pptx', '--out', join(dir, 'deck.pptx')]);
    expect(r.err).not.toContain('page.evaluate');
    expect(r.code).toBe(0);
    const parts = await officeParts(readFileSync(join(dir, 'deck.pptx')));
    const all = [...parts.values()].join('');
    expect(all).toContain('Eigen tempo');
    expect(all.includes('\u0007') || all.includes('\uFFFF')).toBe(false);
  }, 180_000);
});

/** Issue 14 item 7: what was accepted without a word. */
describe('cli: said, not silent', () => {
  it('dataOverrides.<unknown figure> is refused naming the id; a slip gets the nearest id', async () => {
    const db = dbIn(tempDir());
    const unknown = await cli(['--db', db, 'scenario', 'create', '--name', 'x', '--set', 'dataOverrides.bestaat.niet=5']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('dataOverrides.bestaat.niet: cijfer "bestaat.niet" bestaat niet in de data.');
    expect(unknown.err).toContain('Er is niets opgeslagen.');
    const slip = await cli(['--db', db, 'scenario', 'create', '--name', 'x', '--set', 'dataOverrides.bouwprogramma.laagMidden:GM1696:2022-2031=330']);
    expect(slip.code).toBe(2);
    expect(slip.err).toContain('bedoelt u "bouwprogramma.laagMidden:GM1696:2022-2030"?');
    expect((await cli(['--db', db, 'scenario', 'create', '--name', 'x', '--set', 'dataOverrides.bouwprogramma.laagMidden:GM1696:2022-2030=330'])).code).toBe(0);
  }, 60_000);

  it('horizon=2035,5 asks for a whole year, not "gekregen niets"', async () => {
    const r = await cli(['--db', dbIn(tempDir()), 'scenario', 'create', '--name', 'x', '--set', 'horizon=2035,5']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('horizon: "2035,5" is geen heel jaartal; verwacht een jaartal zoals 2035.');
    expect(r.err).not.toContain('gekregen');
  }, 60_000);

  it('--name -1+1 and --name=-1+1 are names; a value the whole command line takes as its own (-h) gets a Dutch hint', async () => {
    const db = dbIn(tempDir());
    const plain = await cli(['--db', db, 'scenario', 'create', '--name', '-1+1']);
    expect(plain).toMatchObject({ code: 0, out: 'Scenario "-1+1" aangemaakt met id 1-1.\n' });
    const joined = await cli(['--db', db, 'scenario', 'create', '--name=-2+2']);
    expect(joined).toMatchObject({ code: 0, out: 'Scenario "-2+2" aangemaakt met id 2-2.\n' });
    const help = await cli(['--db', db, 'scenario', 'create', '--name', '-h']);
    expect(help.code).toBe(2);
    expect(help.err).toBe('Fout: Optie --name heeft een waarde nodig. Begint de waarde met een streepje, schrijf dan --name=-… (bijvoorbeeld --name=-h). Zie --help.\n');
  }, 60_000);

  it.each([
    ['a custom key without weights', ['aandachtsgroepen.fairShareKey=custom'], ['customWeightMissing', 'weightsZero']],
    ['all weights 0', ['aandachtsgroepen.fairShareKey=custom', ...['GM0376', 'GM0317', 'GM1942', 'GM0402', 'GM0406', 'GM0417', 'GM1696'].map((g) => `aandachtsgroepen.customWeights.${g}=0`)], ['weightsZero']],
    ['every gemeente excluded', ['aandachtsgroepen.excluded=GM0376,GM0317,GM1942,GM0402,GM0406,GM0417,GM1696'], ['weightsZero']],
  ])('%s: a regional task of 0 against the demand is a warning in run --json', async (_, settings, codes) => {
    const db = dbIn(tempDir());
    expect((await cli(['--db', db, 'scenario', 'create', '--name', 'nul', ...settings.flatMap((s) => ['--set', s])])).code).toBe(0);
    const r = await cli(['--db', db, 'run', 'nul', '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { warnings: { code: string; message: string }[]; region: { aandachtsgroepen: { taskPerYear: number } } };
    expect(result.region.aandachtsgroepen.taskPerYear).toBe(0);
    for (const code of codes) expect(result.warnings.map((w) => w.code)).toContain(code);
    expect(result.warnings.find((w) => w.code === 'weightsZero')?.message).toBe('Alle gewichten voor de verdeling van de aandachtsgroepen zijn 0; niemand krijgt een taak.');
  }, 60_000);
});
