import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../electron/cli/usage';
import { RunJson } from '../../electron/cli/commands/runJson';
import { cli } from '../support/cli';
import { fileState, useTempDir } from '../support/files';

const tempDir = useTempDir();

async function freshDb(): Promise<string> {
  const db = join(tempDir(), 'cli.sqlite');
  expect((await cli(['scenarios', '--db', db])).code).toBe(0);
  return db;
}

describe('cli run', () => {
  it('gives the result object as JSON on a fresh database (MODEL.md worked example)', async () => {
    const db = join(tempDir(), 'fresh.sqlite');
    const run = await cli(['run', '--scenario', 'basis', '--json', '--db', db]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const result = RunJson.parse(JSON.parse(run.out));
    const hilversum = result.gemeenten.find((g) => g.code === 'GM0402');
    expect(hilversum?.programme?.currentPace).toBe(182.5);
    expect(hilversum?.programme?.projected2030).toBe(1642.5);
    expect(hilversum?.programme?.gap2030).toBe(1557.5);
    expect(hilversum?.programme?.requiredPace).toBe(405);
    const eemnes = result.gemeenten.find((g) => g.code === 'GM0317');
    expect(eemnes?.programme).toBeNull();
    expect(eemnes?.elderly).toBeNull();
    expect(result.region.programme?.target).toBe(6910);
    expect(result.region.programme?.realised).toBe(1258);
    expect(result.gemeenten).toHaveLength(7);
  });

  it('finds a scenario by name too', async () => {
    const db = await freshDb();
    const run = await cli(['run', '--scenario', 'Programma: op koers', '--json', '--db', db]);
    expect(run.code).toBe(0);
    expect(RunJson.parse(JSON.parse(run.out)).scenarioId).toBe('programma');
  });

  it('writes a per-gemeente CSV in the Dutch profile', async () => {
    const db = await freshDb();
    const run = await cli(['run', '--scenario', 'basis', '--csv', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.out.startsWith('\uFEFF')).toBe(true);
    const lines = run.out.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 7 + 1);
    const header = lines[0]!.split(';');
    const hilversum = lines.find((l) => l.startsWith('GM0402;'))!.split(';');
    expect(hilversum[header.indexOf('prognose_2030')]).toBe('1642,5');
    expect(hilversum[header.indexOf('tempo_huidig')]).toBe('182,5');
    const eemnes = lines.find((l) => l.startsWith('GM0317;'))!.split(';');
    expect(eemnes[header.indexOf('programma_doel')]).toBe('');
    expect(lines.at(-1)!.startsWith('regio;')).toBe(true);
  });

  it('prints a readable Dutch table by default', async () => {
    const db = await freshDb();
    const run = await cli(['run', '--scenario', 'basis', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Hilversum');
    expect(run.out).toContain('1.643');
    expect(run.out).toContain('6.910');
    expect(run.out).toContain('Let op:');
  });

  it('toegankelijk50: shortfall and surplus per block in the JSON, and a text that never shows a negative tekort', async () => {
    const db = await freshDb();
    const json = await cli(['run', '--scenario', 'toegankelijk50', '--json', '--db', db]);
    expect(json.code).toBe(0);
    const result = RunJson.parse(JSON.parse(json.out));
    // Netted, Gooise Meren's and Laren's nultreden surplus would hide the other gemeenten' shortfall.
    const nultreden = result.region.elderly!.nultreden;
    expect(nultreden.gap).toBeCloseTo(-1.5, 9);
    const places = [...result.gemeenten, result.region];
    const positiveGaps = result.gemeenten.reduce((a, g) => a + Math.max(0, g.elderly?.nultreden.gap ?? 0), 0);
    expect(nultreden.shortfall).toBeCloseTo(positiveGaps, 9);
    expect(nultreden.shortfall).toBe(832);
    expect(nultreden.surplus).toBe(833.5);
    for (const p of places) {
      expect(p.programme?.shortfall2030 ?? 0).toBeGreaterThanOrEqual(0);
      expect(p.affordable?.surplus2030 ?? 0).toBeGreaterThanOrEqual(0);
      if (p.elderly) expect(p.elderly.requiredShare ?? 0).toBeLessThanOrEqual(1);
    }
    expect(result.region.programme?.shortfall2030).toBe(2028);
    expect(result.region.programme?.surplus2030).toBe(779);
    expect(result.region.elderly?.requiredShareAbove100).toBe(true);

    const text = await cli(['run', '--scenario', 'toegankelijk50', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('tekort 2.028 (som van de gemeenten die achterlopen: Hilversum, Blaricum, Wijdemeren, Huizen); voor op schema 779 (Gooise Meren, Laren); netto 1.249 achter.');
    expect(text.out).toContain('Ouderen 2030, tekort (som van de gemeenten): nultreden 832, geclusterd 1.025, zorggeschikt 3.168, samen 5.025; boven de behoefte: nultreden 834 (Gooise Meren, Laren).');
    expect(text.out).toContain('Benodigd aandeel ouderengeschikt in de nieuwbouw: 100,0 %; te weinig nieuwbouw in Blaricum, Hilversum, Huizen, Laren, Wijdemeren: ook bij 100 % blijven er 3.111 tekort (zie Let op).');
    // No line below the table says "tekort" next to a negative number; the table has no negative number at all.
    expect(text.out).not.toMatch(/tekort[^\n]*?[-−]\d/i);
    const table = text.out.split('\n\n')[1]!;
    expect(table).toContain('Tekort 2030');
    expect(table).not.toMatch(/\s[-−]\d/);
  });

  it('runs a scenario file without storing it', async () => {
    const db = await freshDb();
    const file = join(tempDir(), 'scenario.json');
    writeFileSync(file, JSON.stringify({ format: 'woonzorgverkenner-scenario', formatVersion: 1, scenario: { name: 'Uit bestand', params: { programme: { paceMultiplier: 2 } } } }));
    const before = fileState(db);
    const run = await cli(['run', '--scenario', file, '--json', '--db', db]);
    expect(run.code).toBe(0);
    const result = RunJson.parse(JSON.parse(run.out));
    expect(result.gemeenten.find((g) => g.code === 'GM0402')?.programme?.scenarioPace).toBe(365);
    expect(fileState(db)).toBe(before);
  });
});

describe('cli data', () => {
  it('lists every dataset of MODEL.md §4 with provenance, and the contradictions', async () => {
    const db = await freshDb();
    const run = await cli(['data', '--json', '--db', db]);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.out) as {
      series: { id: string; dataset: string }[];
      figures: { figure: { series: string; source: { document: string; place: string } } }[];
      findings: { id: string; check: string; severity: string; figures: unknown[] }[];
    };
    const datasets = new Set(data.series.map((s) => s.dataset));
    for (const d of ['bouwprogramma', 'realisatie', 'behoefteOuderen', 'aandachtsgroepen', 'inwoners', 'voorzieningen', 'context', 'beleidsnormen']) {
      expect(datasets, d).toContain(d);
      expect(data.figures.some((f) => f.figure.series.startsWith(`${d}.`)), d).toBe(true);
    }
    for (const f of data.figures) {
      expect(f.figure.source.document).toMatch(/^00[0-4]$/);
      expect(f.figure.source.place.length).toBeGreaterThan(3);
    }
    const ids = data.findings.map((f) => f.id);
    for (const expected of [
      'total:bouwprogramma.laagMidden:regio:2022-2030',
      'ratio:laagMiddenIsAandeelVanTotaal:bouwprogramma.laagMidden:GM1696:2022-2030',
      'total:behoefteOuderen.nultreden:regio:2024-2030:tekst',
      'total:behoefteOuderen.geclusterd:regio:2024-2030:tekst',
      'total:behoefteOuderen.zorggeschikt:regio:2024-2030:tekst',
      'expression:voorzieningen.bwPlekken:GM0406:2025@2025-02-20:sum',
    ]) {
      expect(ids, expected).toContain(expected);
    }
    expect(data.findings.every((f) => f.figures.length > 0 || f.check === 'missingRow')).toBe(true);
  });

  it('prints the dataset and findings as Dutch text', async () => {
    const db = await freshDb();
    const run = await cli(['data', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Bouwprogramma 2022–2030, totaal');
    expect(run.out).toContain('004 · Bijlage 2');
    expect(run.out).toContain('[TEGENSTRIJDIG]');
    expect(run.out).toContain('3.168');
  });
});

describe('cli scenarios', () => {
  it('creates, shows, exports, imports, deletes and restores', async () => {
    const db = await freshDb();
    const created = await cli(['scenario', 'create', '--name', 'Hoog tempo', '--from', 'toegankelijk50', '--set', 'programme.paceMultiplier=1,5', '--set', 'aandachtsgroepen.excluded=Eemnes', '--db', db]);
    expect(created.err).toBe('');
    expect(created.out).toContain('hoog-tempo');
    const shown = JSON.parse((await cli(['scenario', 'show', 'hoog-tempo', '--json', '--db', db])).out) as {
      params: { programme: { paceMultiplier: number }; elderly: { newBuildShare: { nultreden: number } }; aandachtsgroepen: { excluded: string[] } };
    };
    expect(shown.params.programme.paceMultiplier).toBe(1.5);
    expect(shown.params.elderly.newBuildShare.nultreden).toBe(0.5);
    expect(shown.params.aandachtsgroepen.excluded).toEqual(['GM0317']);

    const file = join(tempDir(), 'export.json');
    expect((await cli(['scenario', 'export', 'hoog-tempo', '--out', file, '--db', db])).code).toBe(0);
    const imported = await cli(['scenario', 'import', file, '--name', 'Kopie', '--db', db]);
    expect(imported.code).toBe(0);
    const list = JSON.parse((await cli(['scenarios', '--json', '--db', db])).out) as { id: string; params: unknown }[];
    expect(list.find((s) => s.id === 'kopie')?.params).toEqual(list.find((s) => s.id === 'hoog-tempo')?.params);

    expect((await cli(['scenario', 'delete', 'kopie', '--db', db])).code).toBe(0);
    expect((await cli(['run', '--scenario', 'kopie', '--db', db])).code).toBe(2);
    expect((await cli(['scenario', 'restore', 'kopie', '--db', db])).code).toBe(0);
    expect((await cli(['run', '--scenario', 'kopie', '--json', '--db', db])).code).toBe(0);
  });

  it('updates a scenario as a new version and restores an earlier one', async () => {
    const db = await freshDb();
    await cli(['scenario', 'create', '--name', 'V', '--db', db]);
    expect((await cli(['scenario', 'update', 'v', '--set', 'horizon=2035', '--db', db])).out).toContain('opgeslagen als versie 2');
    // The same setting again changes nothing: no version 3.
    expect((await cli(['scenario', 'update', 'v', '--set', 'horizon=2035', '--db', db])).out).toContain('ongewijzigd: versie 2 blijft de laatste');
    const restored = await cli(['scenario', 'restore', 'v', '--version', '1', '--db', db]);
    expect(restored.out).toContain('versie 3');
    const shown = JSON.parse((await cli(['scenario', 'show', 'v', '--json', '--db', db])).out) as { params: { horizon: number }; versions: unknown[] };
    expect(shown.params.horizon).toBe(2030);
    expect(shown.versions).toHaveLength(3);
  });
});

describe('cli bad input: Dutch message, non-zero exit, database unchanged', () => {
  it('refuses --set shares of new build that add up to more than 100 %, in Dutch, at the field', async () => {
    const db = await freshDb();
    const before = fileState(db);
    const run = await cli(['scenario', 'create', '--name', 'Te veel', '--set', 'elderly.newBuildShare.nultreden=50%', '--set', 'elderly.newBuildShare.geclusterd=60%', '--db', db]);
    expect(run.code).toBe(2);
    // Each share is in range; together they are more than all new build.
    expect(run.err).toContain(
      'elderly.newBuildShare: De aandelen ouderengeschikte nieuwbouw tellen op tot 110 % (nultreden 50 % + geclusterd 60 %); samen kunnen ze hoogstens 100 % van de nieuwbouw zijn.',
    );
    expect(run.err).toContain('niets opgeslagen');
    expect(fileState(db)).toBe(before);
  });

  it('refuses an out-of-range --set', async () => {
    const db = await freshDb();
    const before = fileState(db);
    const run = await cli(['scenario', 'create', '--name', 'Te snel', '--set', 'programme.paceMultiplier=7', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('programme.paceMultiplier');
    expect(run.err).toContain('te groot');
    expect(run.err).toContain('niets opgeslagen');
    expect(fileState(db)).toBe(before);
  });

  it.each([
    ['onbekende sleutel', 'foo.bar=1', 'Onbekende instelling'],
    ['geen getal', 'horizon=morgen', 'geen getal'],
    ['jaar buiten bereik', 'horizon=2050', 'te groot'],
    ['onbekende gemeente', 'programme.customPace.Amsterdam=5', 'onbekende gemeente'],
    ['ongeldige keuze', 'programme.paceMode=snel', 'geen geldige keuze'],
    ['aandeel boven 100 %', 'elderly.newBuildShare.nultreden=150%', 'te groot'],
    ['geen sleutel=waarde', 'horizon', 'sleutel=waarde'],
  ])('refuses --set with %s', async (_label, setting, message) => {
    const db = await freshDb();
    const before = fileState(db);
    const run = await cli(['scenario', 'create', '--name', 'Fout', '--set', setting, '--db', db]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(fileState(db)).toBe(before);
  });

  it.each([
    ['geen JSON', '{ dit is geen json', 'geen geldige JSON'],
    ['verkeerd formaat', JSON.stringify({ hello: 'world' }), 'ongeldig'],
    ['waarde buiten bereik', JSON.stringify({ format: 'woonzorgverkenner-scenario', formatVersion: 1, scenario: { name: 'x', params: { programme: { paceMultiplier: -1 } } } }), 'programme.paceMultiplier'],
    ['onbekende aanname', JSON.stringify({ format: 'woonzorgverkenner-scenario', formatVersion: 1, scenario: { name: 'x', params: { tempo: 3 } } }), 'onbekende instelling'],
    ['lege naam', JSON.stringify({ format: 'woonzorgverkenner-scenario', formatVersion: 1, scenario: { name: '  ', params: {} } }), 'naam'],
  ])('refuses an invalid scenario file: %s', async (_label, content, message) => {
    const db = await freshDb();
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, content);
    const before = fileState(db);
    const imported = await cli(['scenario', 'import', file, '--db', db]);
    expect(imported.code).toBe(2);
    expect(imported.err).toContain(message);
    const run = await cli(['run', '--scenario', file, '--db', db]);
    expect(run.code).toBe(2);
    expect(fileState(db)).toBe(before);
  });

  it('refuses an unknown scenario id, naming the known ones', async () => {
    const db = await freshDb();
    const before = fileState(db);
    const run = await cli(['run', '--scenario', 'bestaatniet', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('bestaat niet');
    expect(run.err).toContain('basis');
    expect(fileState(db)).toBe(before);
  });

  it('refuses to change or delete a built-in scenario', async () => {
    const db = await freshDb();
    const before = fileState(db);
    expect((await cli(['scenario', 'delete', 'basis', '--db', db])).err).toContain('ingebouwd');
    expect((await cli(['scenario', 'update', 'basis', '--set', 'horizon=2035', '--db', db])).code).toBe(2);
    expect(fileState(db)).toBe(before);
  });

  it('refuses a corrupt database file and keeps it aside as it was', async () => {
    const db = join(tempDir(), 'corrupt.sqlite');
    writeFileSync(db, 'dit is geen database'.repeat(300));
    const before = readFileSync(db);
    const run = await cli(['run', '--scenario', 'basis', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('beschadigd');
    const movedTo = /opzijgezet als (\S+) /.exec(run.err)?.[1] ?? '';
    expect(readFileSync(movedTo).equals(before)).toBe(true);
    expect(existsSync(db) || existsSync(`${db}-wal`) || existsSync(`${movedTo}-wal`)).toBe(false);
  });

  it('refuses unknown commands and options with a hint', async () => {
    expect((await cli(['vliegen'])).err).toContain('Onbekende opdracht');
    expect((await cli(['run', '--vlug'])).err).toContain('Onbekende optie');
    expect((await cli(['run', '--scenario', 'basis', '--json', '--csv'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
    expect((await cli(['--help'])).out).toContain('Gebruik');
  });

  it('answers every refusal of the parser in Dutch, with exit code 2', async () => {
    const refusals: [string[], string][] = [
      [['run', '--vlug'], 'Fout: Onbekende optie --vlug. Zie --help.\n'],
      [['--vlug', 'data'], 'Fout: Onbekende optie --vlug. Zie --help.\n'],
      [['run', '-x'], 'Fout: Onbekende optie -x. Zie --help.\n'],
      [['data', '--scenario', 'basis'], 'Fout: Onbekende optie --scenario. Zie --help.\n'],
      [['run', '--scenario'], 'Fout: Optie --scenario heeft een waarde nodig. Zie --help.\n'],
      [['scenarios', '--db'], 'Fout: Optie --db heeft een waarde nodig. Zie --help.\n'],
      [['scenario', 'show', 'a', 'b'], 'Fout: Te veel argumenten. Zie --help.\n'],
      [['scenario', 'show'], 'Fout: Geef id: scenario show ID. Zie --help.\n'],
      [['scenario', 'vliegen'], 'Fout: Onbekende scenario-opdracht "vliegen". Kies create, update, show, export, import, delete of restore.\n'],
      [['history', 'vliegen'], 'Fout: Onbekende history-opdracht "vliegen". Kies revert N of revert-import N.\n'],
      [['vliegen'], 'Fout: Onbekende opdracht "vliegen". Zie --help.\n'],
    ];
    for (const [args, message] of refusals) {
      const run = await cli(args);
      expect(run, args.join(' ')).toEqual({ code: 2, out: '', err: message });
    }
  });

  it('prints the Dutch usage for --help anywhere and for help', async () => {
    for (const args of [['--help'], ['-h'], ['help'], ['run', '--help'], ['scenario', 'create', '--help'], ['vliegen', '--help']]) {
      expect(await cli(args), args.join(' ')).toEqual({ code: 0, out: USAGE, err: '' });
    }
    expect(await cli([])).toEqual({ code: 2, out: USAGE, err: '' });
  });
});
