import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunJson } from '../../electron/cli/commands/runJson';
import { evaluate } from '../../shared/explain/expr';
import { ExplainJson, ExplainListJson } from '../../shared/explain/json';
import { cli } from '../support/cli';
import { useTempDir } from '../support/files';

const tempDir = useTempDir();

/** A value of `run --json` by place and path (years as path segments, as `explain` names them). */
function valueAt(run: RunJson, where: string, path: string): unknown {
  const types = [...run.ledger.types, ...(run.ledger.combined ? [run.ledger.combined] : [])];
  const ledger = Object.fromEntries(types.map((t) => [t.type, where === 'regio' ? t : t.rows.find((r) => r.code === where)]));
  const scope: unknown = where === 'regio' ? { ...run.region, ...run, ledger } : { ...run.gemeenten.find((g) => g.code === where), ledger };
  let cur: unknown = scope;
  for (const seg of path.split('.')) {
    cur = Array.isArray(cur) ? cur.find((x: { year?: number }) => String(x.year) === seg) : (cur as Record<string, unknown> | null)?.[seg];
  }
  return cur;
}

/** Every number (or empty year/share) of run --json for one place, walked here without the app's code. */
function numbersOf(run: RunJson, where: string): string[] {
  const g = run.gemeenten.find((x) => x.code === where);
  // The ledger by facility type: a gemeente's row (without its name and code), or the region's totals.
  const types = [...run.ledger.types, ...(run.ledger.combined ? [run.ledger.combined] : [])];
  const ledger = Object.fromEntries(
    types.map((t) => {
      if (where === 'regio') return [t.type, { total: t.total, placed: t.placed, totalAfter: t.totalAfter, ...(t.series === null ? {} : { typeWeight: t.typeWeight }) }];
      const row: Record<string, unknown> = { ...t.rows.find((r) => r.code === where) };
      delete row.code;
      delete row.name;
      return [t.type, row];
    }),
  );
  const scope =
    where === 'regio'
      ? { programme: run.region.programme, affordable: run.region.affordable, elderly: run.region.elderly, aandachtsgroepen: run.region.aandachtsgroepen, baseYear: run.baseYear, horizon: run.horizon, programmeStart: run.programmeStart, programmeEnd: run.programmeEnd, aandachtsgroepenDemand: run.aandachtsgroepenDemand, ledger }
      : { programme: g?.programme, affordable: g?.affordable, elderly: g?.elderly, aandachtsgroepen: g?.aandachtsgroepen, ledger };
  // A part that can be absent as a whole (no placements read in, no earlier count) is no figure when it is.
  const ABSENT_PARTS = new Set(['placements', 'vacancies', 'earlier']);
  const out: string[] = [];
  const walk = (x: unknown, prefix: string): void => {
    if (Array.isArray(x)) for (const item of x as { year: number }[]) walk(item, `${prefix}.${item.year}`);
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) {
      const path = prefix ? `${prefix}.${k}` : k;
      if (k === 'year') continue;
      if (v === null && ABSENT_PARTS.has(k)) continue;
      if (typeof v === 'number' || v === null) out.push(path);
      else walk(v, path);
    }
  };
  walk(scope, '');
  return out.sort();
}

describe('cli explain', () => {
  it('for every figure of run --json (Hilversum and the region, toegankelijk50): a derivation whose arithmetic gives the figure', async () => {
    const db = join(tempDir(), 'explain.sqlite');
    const run = RunJson.parse(JSON.parse((await cli(['run', '--scenario', 'toegankelijk50', '--json', '--db', db])).out));
    let checked = 0;
    for (const where of ['GM0402', 'regio']) {
      const listed = await cli(['explain', '--scenario', 'toegankelijk50', '--gemeente', where, '--json', '--db', db]);
      expect(listed.code, listed.err).toBe(0);
      const list = ExplainListJson.parse(JSON.parse(listed.out));
      // Every number of run --json for this place is listed (and nothing else).
      expect(list.figures.map((f) => f.path).sort()).toEqual(numbersOf(run, where));
      for (const { path } of list.figures) {
        const out = await cli(['explain', '--scenario', 'toegankelijk50', '--gemeente', where, '--figure', path, '--json', '--db', db]);
        expect(out.code, `${where} ${path}: ${out.err}`).toBe(0);
        const d = ExplainJson.parse(JSON.parse(out.out));
        const want = valueAt(run, where, path);
        expect(typeof want === 'number' || want === null, `${where} ${path} is in run --json`).toBe(true);
        expect(d.value).toBe(want);
        const got = evaluate(d.formula);
        if (want === null) expect(got).toBeNull();
        else expect(Math.abs((got ?? NaN) - (want as number)), `${where} ${path}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want as number)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, 60_000);

  it('prints the worked example of MODEL §5.1 with its sources, and by name too', async () => {
    const db = join(tempDir(), 'explain-text.sqlite');
    const out = await cli(['explain', '--scenario', 'basis', '--gemeente', 'Hilversum', '--figure', 'programme.gap2030', '--db', db]);
    expect(out.code).toBe(0);
    expect(out.out).toContain('  = 3.200 − (365 + 182,5 × 7)\n  = 1.557,5\n');
    const target = await cli(['explain', '--scenario', 'basis', '--gemeente', 'GM0402', '--figure', 'programme.target', '--db', db]);
    expect(target.out).toContain('004 · Bijlage 2');
  });

  it('refuses an unknown figure or gemeente in Dutch, with a hint', async () => {
    const db = join(tempDir(), 'explain-bad.sqlite');
    const figure = await cli(['explain', '--scenario', 'basis', '--gemeente', 'GM0402', '--figure', 'programme.gap', '--db', db]);
    expect(figure.code).toBe(2);
    expect(figure.err).toContain('Cijfer "programme.gap" bestaat niet voor Hilversum. Bijvoorbeeld: programme.target');
    const eemnes = await cli(['explain', '--scenario', 'basis', '--gemeente', 'Eemnes', '--figure', 'programme.gap2030', '--db', db]);
    expect(eemnes.code).toBe(2);
    const place = await cli(['explain', '--scenario', 'basis', '--gemeente', 'Atlantis', '--db', db]);
    expect(place.err).toContain('Gemeente "Atlantis" bestaat niet');
  });
});
