import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { useTempDir } from '../support/files';

/**
 * The command line's output, byte for byte, against what it printed before the refactors of
 * issue 8 (captured with the code of commit 1a03189; regenerated once for issue 9, whose changes
 * to the figures were intended and are listed in that commit, and once for issue 10, which only
 * added: the result's ledger and norms, the aandachtsgroepen placements and vacancies, two series
 * and the 1 400 vacancies figure; every earlier field and line is unchanged). A change in any result figure, warning
 * text or table cell fails here. When a figure changes on purpose, regenerate the file with the
 * same command and say why in the commit.
 */
const HERE = import.meta.dirname;
const EXPECTED = join(HERE, 'expected');
const SCENARIO_FILES = readdirSync(join(HERE, 'scenarios')).filter((f) => f.endsWith('.json')).map((f) => join(HERE, 'scenarios', f));
const BUILTIN = ['basis', 'programma', 'toegankelijk50'];

/** A scenario that sets every kind of assumption, per-gemeente ones included. */
const GOLDEN_SETTINGS = [
  'programme.paceMode=custom', 'programme.customPace.Hilversum=300', 'programme.paceMultiplier=1,2', 'programme.paceMultiplierByGemeente.Laren=0,5',
  'elderly.newBuildShare.nultreden=50%', 'elderly.needSource=regioTekst', 'elderly.existingStockPerYear.Huizen.nultreden=10', 'aandachtsgroepen.excluded=Eemnes',
  'aandachtsgroepen.fairShareKey=custom', 'aandachtsgroepen.customWeights.Hilversum=3', 'pipeline.probability.idee=20%',
  'dataOverrides.bouwprogramma.laagMidden:GM1696:2022-2030=330', 'horizon=2035',
];
const expected = (name: string) => readFileSync(join(EXPECTED, name), 'utf8');
const tempDir = useTempDir();

async function run(db: string, args: string[]): Promise<string> {
  const r = await cli([...args, '--db', db]);
  expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(0);
  // Progress and reports go to stderr; a run prints nothing there.
  if (args[0] === 'run') expect(r.err).toBe('');
  return r.out;
}

describe('golden output of the command line (identical before and after a refactor)', () => {
  it('data and the findings of the checks', async () => {
    const db = join(tempDir(), 'golden.sqlite');
    expect(await run(db, ['data', '--json'])).toBe(expected('data.json'));
    expect(await run(db, ['data'])).toBe(expected('data.txt'));
    expect(await run(db, ['import', '--kind', 'projects', '--file', join(HERE, 'projecten.csv'), '--dry-run'])).toBe(expected('import-projecten-dry-run.txt'));
  });

  it('run --json, text and csv for the built-in scenarios and scenario files, with projects and a 2024 realisation', async () => {
    const db = join(tempDir(), 'golden.sqlite');
    await run(db, ['import', '--kind', 'projects', '--file', join(HERE, 'projecten.csv')]);
    for (const id of BUILTIN) {
      expect(await run(db, ['run', '--scenario', id, '--json']), id).toBe(expected(`${id}.json`));
      expect(await run(db, ['run', '--scenario', id]), id).toBe(expected(`${id}.txt`));
      expect(await run(db, ['run', '--scenario', id, '--csv']), id).toBe(expected(`${id}.csv`));
    }
    for (const file of SCENARIO_FILES) {
      const name = basename(file, '.json');
      expect(await run(db, ['run', '--scenario', file, '--json']), name).toBe(expected(`${name}.json`));
      expect(await run(db, ['run', '--scenario', file]), name).toBe(expected(`${name}.txt`));
    }
    await run(db, ['scenario', 'create', '--name', 'Golden', ...GOLDEN_SETTINGS.flatMap((s) => ['--set', s])]);
    const shown = (id: string) => run(db, ['scenario', 'show', id]).then((out) => out.replace(/^(versie .*, opgeslagen ).*$/m, '$1(tijd)'));
    expect(await shown('basis')).toBe(expected('scenario-show-basis.txt'));
    expect(await shown('golden')).toBe(expected('scenario-show-golden.txt'));
    await run(db, ['import', '--kind', 'realisation', '--file', join(HERE, 'realisatie-2024.csv'), '--peildatum', '2025-03-01']);
    expect(await run(db, ['run', '--scenario', 'basis', '--json'])).toBe(expected('basis-realisatie-2024.json'));
    expect(await run(db, ['run', '--scenario', join(HERE, 'scenarios', 'pijplijn.json'), '--json'])).toBe(expected('pijplijn-realisatie-2024.json'));
  });
});
