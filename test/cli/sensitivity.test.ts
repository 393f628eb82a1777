import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunJson } from '../../electron/cli/commands/runJson';
import { Tornado } from '../../shared/result/uncertainty';
import { HEADLINE_FIGURES } from '../../shared/uncertainty/tornado';
import { cli } from '../support/cli';
import { useTempDir } from '../support/files';

const tempDir = useTempDir();

/** A whole number as nl-NL writes it (1.258), written here without the app's formatter. */
const nlWhole = (v: number) => String(Math.round(v)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** The same, for a regular expression. */
const nlWholeRe = (v: number) => nlWhole(v).replace(/\./g, '\\.');

const regionShortfall = async (args: string[]) => {
  const run = await cli(['run', ...args, '--json']);
  expect(run.code, run.err).toBe(0);
  return RunJson.parse(JSON.parse(run.out)).region.programme?.shortfall2030;
};

describe('cli sensitivity', () => {
  it('bandbreedte, the region’s programme shortfall: bars by swing, largest first; each end is the full run with that assumption there', async () => {
    const dir = tempDir();
    const db = join(dir, 's.sqlite');
    const out = await cli(['sensitivity', '--scenario', 'bandbreedte', '--figure', 'programme.shortfall2030', '--json', '--db', db]);
    expect(out.code, out.err).toBe(0);
    const t = Tornado.parse(JSON.parse(out.out));
    expect(t.figure).toEqual({ where: 'regio', path: 'programme.shortfall2030' });
    // Four ranges and one open choice in the built-in scenario.
    expect(t.bars).toHaveLength(5);
    const swings = t.bars.map((b) => b.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(swings[0]).toBeGreaterThan(0);
    // The pace factor moves the programme most: a slower pace leaves a larger shortfall.
    const top = t.bars[0];
    expect([top?.key, top?.lowInput, top?.highInput]).toEqual(['programme.paceMultiplier', 0.75, 1.25]);
    expect(top?.atLow).toBeGreaterThan(top?.atHigh ?? Infinity);
    expect(top?.swing).toBeCloseTo(Math.abs((top?.atHigh ?? NaN) - (top?.atLow ?? NaN)), 9);
    // The scenario's own value and each end of the top bar agree with `run` on the same settings.
    expect(t.likely).toBeCloseTo((await regionShortfall(['--scenario', 'bandbreedte', '--db', db])) ?? NaN, 6);
    for (const [name, value, want] of [['Traag', '0,75', top?.atLow], ['Snel', '1,25', top?.atHigh]] as const) {
      const created = await cli(['scenario', 'create', '--name', name, '--from', 'bandbreedte', '--set', `programme.paceMultiplier=${value}`, '--db', db]);
      expect(created.code, created.err).toBe(0);
      expect(want).toBeCloseTo((await regionShortfall(['--scenario', name, '--db', db])) ?? NaN, 6);
    }
  });

  it('the text: the scenario value on top, then the ranked table in Dutch words and nl-NL numbers', async () => {
    const db = join(tempDir(), 's.sqlite');
    const args = ['sensitivity', '--scenario', 'bandbreedte', '--figure', 'programme.shortfall2030', '--gemeente', 'regio', '--db', db];
    const t = Tornado.parse(JSON.parse((await cli([...args, '--json'])).out));
    const out = await cli(args);
    expect(out.code, out.err).toBe(0);
    const lines = out.out.split('\n');
    expect(lines[0]).toBe('Gevoeligheid: Tekort einde programma (Regio) — scenario ‘Basis met bandbreedtes’');
    expect(lines[1]).toBe(`In het scenario: ${nlWhole(t.likely)} woningen`);
    expect(lines[3]).toMatch(/^Aanname\s+Aanname laag\s+Uitkomst bij laag\s+Aanname hoog\s+Uitkomst bij hoog\s+Verschil$/);
    const rows = lines.slice(5, 5 + t.bars.length);
    // The pace factor's row, with nl-NL decimals and thousands.
    const top = t.bars[0];
    expect(rows[0]).toMatch(new RegExp(`^Tempofactor \\(trend\\)\\s+0,75 ×\\s+${nlWholeRe(top?.atLow ?? NaN)}\\s+1,25 ×\\s+${nlWholeRe(top?.atHigh ?? NaN)}\\s+${nlWholeRe(top?.swing ?? NaN)}$`));
    expect(Math.round(top?.atLow ?? 0)).toBeGreaterThanOrEqual(1000);
    // The rows in the JSON's order, each assumption in its words.
    const labels: Record<string, string> = {
      'programme.paceMultiplier': 'Tempofactor (trend)',
      'aandachtsgroepen.perYear': 'Woningen per jaar voor aandachtsgroepen',
      'elderly.needSourceByType.zorggeschikt': 'Bron ouderenbehoefte: zorggeschikt',
      'elderly.newBuildShare.geclusterd': 'Aandeel nieuwbouw geclusterd',
      'elderly.newBuildShare.zorggeschikt': 'Aandeel nieuwbouw zorggeschikt',
    };
    expect(rows.map((r) => r.split(/\s{2,}/)[0])).toEqual(t.bars.map((b) => labels[b.key]));
    expect(out.out).toContain('5,0 %');
    expect(out.out).not.toMatch(/\d\.\d{1,2}\b(?!\d)|0\.75|1\.25/);
  });

  it('an unknown figure: a Dutch refusal that lists the figures there are, exit 2', async () => {
    const db = join(tempDir(), 's.sqlite');
    const out = await cli(['sensitivity', '--scenario', 'bandbreedte', '--figure', 'programme.gap2030', '--db', db]);
    expect(out.code).toBe(2);
    expect(out.out).toBe('');
    expect(out.err).toMatch(/^Fout: Cijfer "programme\.gap2030" kent geen gevoeligheid\. Kies een van: /);
    for (const path of HEADLINE_FIGURES) expect(out.err).toContain(path);
    const place = await cli(['sensitivity', '--scenario', 'bandbreedte', '--figure', 'programme.shortfall2030', '--gemeente', 'Amsterdam', '--db', db]);
    expect([place.code, place.err.trim()]).toEqual([2, 'Fout: Gemeente "Amsterdam" bestaat niet. Geef een CBS-code (GM0402), een naam of "regio".']);
  });

  it('a scenario without ranges says so and what to do (exit 0); --json gives the tornado without bars', async () => {
    const db = join(tempDir(), 's.sqlite');
    const args = ['sensitivity', '--scenario', 'basis', '--figure', 'programme.shortfall2030', '--gemeente', 'Hilversum', '--db', db];
    const out = await cli(args);
    expect(out.code, out.err).toBe(0);
    expect(out.out).toContain('Dit scenario heeft geen bandbreedtes of open keuzes.');
    expect(out.out).toContain('scenario export basis --out scenario.json');
    const json = Tornado.parse(JSON.parse((await cli([...args, '--json'])).out));
    expect(json.bars).toEqual([]);
    expect(json.figure).toEqual({ where: 'GM0402', path: 'programme.shortfall2030' });
  });

  it('--lang en words the table in English with en-GB numbers', async () => {
    const db = join(tempDir(), 's.sqlite');
    const out = await cli(['sensitivity', '--scenario', 'bandbreedte', '--figure', 'programme.shortfall2030', '--lang', 'en', '--db', db]);
    expect(out.code, out.err).toBe(0);
    expect(out.out).toMatch(/^Sensitivity: .* \(Region\) — scenario ‘Basis met bandbreedtes’\nIn the scenario: \d{1,3}(,\d{3})* homes\n/);
    expect(out.out).toContain('Pace multiplier (trend)');
    expect(out.out).toContain('0.75 ×');
    expect(out.out).not.toMatch(/woningen|Aanname/);
  });
});
