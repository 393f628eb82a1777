import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RunJson } from '../../electron/cli/commands/runJson';
import { GoalSeek, LEVERS } from '../../shared/result/uncertainty';
import { cli } from '../support/cli';
import { useTempDir } from '../support/files';

const tempDir = useTempDir();

const GoalSeeks = z.array(GoalSeek);

async function hilversumShortfall(db: string, name: string, pace: number): Promise<number> {
  // Hilversum's own pace in homes a year, every other gemeente as in the scenario.
  const created = await cli(['scenario', 'create', '--name', name, '--from', 'basis', '--set', 'programme.paceMode=custom', '--set', `programme.customPace.Hilversum=${String(pace)}`, '--db', db]);
  expect(created.code, created.err).toBe(0);
  const run = await cli(['run', '--scenario', name, '--json', '--db', db]);
  expect(run.code, run.err).toBe(0);
  const shortfall = RunJson.parse(JSON.parse(run.out)).gemeenten.find((g) => g.code === 'GM0402')?.programme?.shortfall2030;
  expect(typeof shortfall).toBe('number');
  return shortfall ?? NaN;
}

describe('cli goalseek', () => {
  it('basis, Hilversum: an answer per lever; the pace it names, put back into the scenario, closes the programme gap and 1 % less does not', async () => {
    const db = join(tempDir(), 'g.sqlite');
    const out = await cli(['goalseek', '--scenario', 'basis', '--gemeente', 'Hilversum', '--json', '--db', db]);
    expect(out.code, out.err).toBe(0);
    const seeks = GoalSeeks.parse(JSON.parse(out.out));
    expect(seeks.map((s) => [s.scenarioId, s.where, s.name])).toEqual([['basis', 'GM0402', 'Hilversum']]);
    const answers = seeks[0]?.answers ?? [];
    expect(new Set(answers.map((a) => a.lever))).toEqual(new Set(LEVERS));
    const pace = answers.find((a) => a.lever === 'pace' && a.gap.path === 'programme.shortfall2030');
    expect(pace?.shortfall).toBeGreaterThan(1);
    expect(pace?.status).toBe('closes');
    const value = pace?.value ?? NaN;
    expect(value).toBeGreaterThan(pace?.current ?? Infinity);
    expect(await hilversumShortfall(db, 'Hilversum op tempo', value)).toBeLessThan(0.5);
    expect(await hilversumShortfall(db, 'Hilversum net te traag', value * 0.99)).toBeGreaterThan(0.5);
  });

  it('the text: per gap each lever from now to what closes it, in Dutch words and nl-NL numbers', async () => {
    const db = join(tempDir(), 'g.sqlite');
    const args = ['goalseek', '--scenario', 'basis', '--gemeente', 'GM0402', '--db', db];
    const [seek] = GoalSeeks.parse(JSON.parse((await cli([...args, '--json'])).out));
    const out = await cli(args);
    expect(out.code, out.err).toBe(0);
    expect(out.out).toContain('Wat is er nodig (Hilversum) — scenario ‘Basis: trend 2022–2023’');
    const pace = seek?.answers.find((a) => a.lever === 'pace');
    const nl = (v: number) => v.toFixed(1).replace(/\.0$/, '').replace('.', ',');
    expect(out.out).toMatch(new RegExp(`Tekort 2030: \\d\\.\\d{3} woningen\\n  Bouwtempo\\s+${nl(pace?.current ?? NaN)} → ${nl(pace?.value ?? NaN)} woningen/jaar \\(exact\\)`));
    for (const lever of ['Tempofactor', 'Inhaaljaar bij het scenariotempo', 'Aandeel nultreden in nieuwbouw', 'Bestaande woningen nultreden maken per jaar', 'Bestaande woningen zorggeschikt maken per jaar']) expect(out.out).toContain(`  ${lever}  `);
    expect(out.out).toMatch(/Aandeel nultreden in nieuwbouw\s+\d+,\d %/);
  });

  it('without --gemeente: every gemeente with a programme, then the region; "geen tekort" and "niet haalbaar binnen de grenzen" where the answers say so', async () => {
    const db = join(tempDir(), 'g.sqlite');
    const json = await cli(['goalseek', '--scenario', 'basis', '--json', '--db', db]);
    expect(json.code, json.err).toBe(0);
    const seeks = GoalSeeks.parse(JSON.parse(json.out));
    const run = RunJson.parse(JSON.parse((await cli(['run', '--scenario', 'basis', '--json', '--db', db])).out));
    expect(seeks.map((s) => s.where)).toEqual([...run.gemeenten.filter((g) => g.programme).map((g) => g.code), 'regio']);
    const text = (await cli(['goalseek', '--scenario', 'basis', '--db', db])).out;
    const answers = seeks.flatMap((s) => s.answers);
    expect(answers.some((a) => a.status === 'closed')).toBe(true);
    expect(answers.some((a) => a.status === 'infeasible' && a.lever !== 'catchUpYear')).toBe(true);
    expect(text).toContain('  geen tekort');
    expect(text).toContain('niet haalbaar binnen de grenzen (0–100 %)');
    for (const s of seeks) expect(text).toContain(`Wat is er nodig (${s.where === 'regio' ? 'Regio' : s.name})`);
  });

  it('--lang en words it in English; a wrong language or place is refused in Dutch', async () => {
    const db = join(tempDir(), 'g.sqlite');
    const out = await cli(['goalseek', '--scenario', 'basis', '--gemeente', 'Hilversum', '--lang', 'en', '--db', db]);
    expect(out.code, out.err).toBe(0);
    expect(out.out).toContain('What would it take (Hilversum) — scenario ‘Basis: trend 2022–2023’');
    expect(out.out).toMatch(/Shortfall 2030: \d,\d{3} homes\n {2}Build pace\s+[\d.]+ → [\d.]+ homes\/year \(solved\)/);
    expect(out.out).toContain('Zero-step share of new build');
    expect(out.out).not.toMatch(/woningen|Bouwtempo|Tekort/);
    const lang = await cli(['goalseek', '--scenario', 'basis', '--lang', 'fr', '--db', db]);
    expect([lang.code, lang.err.trim()]).toEqual([2, 'Fout: Onbekende taal "fr". Kies nl of en.']);
    const place = await cli(['goalseek', '--scenario', 'basis', '--gemeente', 'GM9999', '--db', db]);
    expect(place.code).toBe(2);
    expect(place.err).toContain('Gemeente "GM9999" bestaat niet.');
  });
});
