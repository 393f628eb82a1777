import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { Project } from '../projects/schema';
import { Scenario, type ScenarioParamsInput } from '../scenario/schema';
import { runScenario } from '../engine/run';
import { evaluate, refsOf } from './expr';
import { explainContext, explainFigure, figurePaths, REGION } from './explain';
import { describe as describeFigure, describeAsText } from './render';

const seed = readSeed();
const project = (p: Pick<Project, 'gemeente' | 'completionYear' | 'status'> & { total: number; nultreden?: number; zorggeschikt?: number; affordable?: number }): Project =>
  Project.parse({
    id: `p-${p.gemeente}-${p.completionYear}-${p.total}`,
    name: `Project ${p.total}`,
    gemeente: p.gemeente,
    completionYear: p.completionYear,
    status: p.status,
    homes: { total: p.total, nultreden: p.nultreden ?? 0, zorggeschikt: p.zorggeschikt ?? 0, affordable: p.affordable ?? 0 },
    note: '',
    source: 'test',
    createdAt: '2026-01-01',
    updatedAt: '2026-01-01',
  });
const withProjects = {
  ...seed.dataset,
  projects: [
    project({ gemeente: 'GM0402', completionYear: 2025, status: 'vergund', total: 100, nultreden: 40, affordable: 60 }),
    project({ gemeente: 'GM0402', completionYear: 2033, status: 'idee', total: 3000, zorggeschikt: 50 }),
    project({ gemeente: 'GM0406', completionYear: 2023, status: 'opgeleverd', total: 20 }),
    project({ gemeente: 'GM0417', completionYear: 2024, status: 'in aanbouw', total: 40, nultreden: 40 }),
  ],
};

/** Realised placements (MODEL §5.3) as an import writes them: one figure per gemeente and year; 2024 has no demand. */
const placement = (gemeente: string, year: number, value: number) => ({
  id: `aandachtsgroepen.plaatsingen:${gemeente}:${year}`,
  series: 'aandachtsgroepen.plaatsingen',
  gemeente,
  value,
  periodFrom: year,
  periodTo: year,
  peildatum: null,
  source: { document: 'analist' as const, place: 'Import plaatsingen.csv (2026-03-01)' },
});
const withPlacements = {
  ...seed.dataset,
  figures: [...seed.dataset.figures, placement('GM0402', 2025, 40), placement('GM0402', 2026, 35), placement('GM0406', 2024, 10), placement('GM0417', 2025, 20)],
};

const CASES: [string, ScenarioParamsInput, typeof seed.dataset][] = [
  ['basis', {}, seed.dataset],
  ['programma', { programme: { paceMode: 'programme' } }, seed.dataset],
  ['toegankelijk50', { elderly: { newBuildShare: { nultreden: 0.5 } } }, seed.dataset],
  [
    'everything',
    {
      horizon: 2035,
      dataOverrides: { 'bouwprogramma.laagMidden:GM1696:2022-2030': 330 },
      programme: { paceMode: 'custom', customPace: { GM0402: 300, GM0317: 20 }, paceMultiplierByGemeente: { GM1942: 0.5 } },
      elderly: { needSource: 'regioTekst', needOverrides: { GM0376: { zorggeschikt: 41 } }, newBuildShare: { geclusterd: 0.1 }, newBuildShareByGemeente: { GM0417: { nultreden: 0.9 } }, existingStockPerYear: { GM0402: { geclusterd: 10 } } },
      aandachtsgroepen: { demandMode: 'ramp', fairShareKey: 'socialRent', excluded: ['GM0317'], perYear: 260 },
      solidarity: {
        key: 'socialRent',
        typeWeights: { keerpuntUnits: 2, bwPlekken: 0.5 },
        placements: [
          { id: 'kp2', type: 'keerpuntUnits', units: 6, gemeente: 'GM1942', year: 2027 },
          { id: 'bw-weg', action: 'remove', type: 'bwPlekken', units: 40, gemeente: 'GM0406', year: 2026 },
          { id: 'ibp-mee', action: 'move', type: 'ibpWoningen', units: 5, from: 'GM0402', gemeente: 'GM1696', year: 2028 },
          { id: 'uit', type: 'moPlekken', units: 3, gemeente: 'GM0376', year: 2028, active: false },
        ],
      },
    },
    seed.dataset,
  ],
  ['need source per type', { elderly: { needSourceByType: { zorggeschikt: 'regioTekst' } } }, seed.dataset],
  ['need source per type and text', { elderly: { needSource: 'regioTekst', needSourceByType: { nultreden: 'gemeenteTabel' } }, dataOverrides: { 'behoefteOuderen.zorggeschikt:regio:2024-2030:tekst': 900 } }, seed.dataset],
  ['custom weights', { aandachtsgroepen: { fairShareKey: 'custom', customWeights: { GM0402: 3, GM1942: 1 } }, programme: { paceMultiplier: 2.4 }, solidarity: { key: 'custom', customWeights: { GM0402: 1, GM0317: 2 } } }, seed.dataset],
  ['pipeline', { programme: { paceMode: 'pipeline', customPace: { GM1696: 80 } }, horizon: 2040 }, withProjects],
  ['placements', { aandachtsgroepen: { demandMode: 'ramp' } }, withPlacements],
];

describe('every figure of the result has a derivation whose arithmetic gives the figure', () => {
  it.each(CASES)('%s', (id, params, ds) => {
    const scenario = Scenario.parse({ id: id.replace(/ /g, '-'), name: id, params });
    const result = runScenario(ds, scenario);
    const c = explainContext(ds, scenario, result);
    let checked = 0;
    for (const where of [REGION, ...result.gemeenten.map((g) => g.code)]) {
      const paths = new Set(figurePaths(result, where));
      for (const path of paths) {
        const d = explainFigure(c, where, path);
        expect(d, `${where} ${path}`).not.toBeNull();
        const got = evaluate(d!.formula);
        const want = d!.value;
        if (want === null) expect(got, `${where} ${path}`).toBeNull();
        else {
          expect(got, `${where} ${path}`).not.toBeNull();
          expect(Math.abs(got! - want), `${where} ${path}: ${got} ≠ ${want}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
        }
        // Every figure it refers to is itself a figure of the result, with a derivation of its own.
        for (const n of refsOf(d!.formula)) {
          if (n.ref?.kind !== 'result') continue;
          expect(figurePaths(result, n.ref.where), `${where} ${path} → ${n.ref.where} ${n.ref.path}`).toContain(n.ref.path);
        }
        checked++;
      }
    }
    // Nothing skipped: 7 gemeenten and the region, with paths, per-type blocks and demand years.
    expect(checked).toBeGreaterThan(400);
  });
});

describe('derivations name their inputs', () => {
  const scenario = Scenario.parse({ id: 'basis', name: 'Basis', params: {} });
  const result = runScenario(seed.dataset, scenario);
  const c = explainContext(seed.dataset, scenario, result);

  it('Hilversum gap 2030 (MODEL §5.1): target from 004 Bijlage 2 minus the projection', () => {
    const d = explainFigure(c, 'GM0402', 'programme.gap2030')!;
    expect(d.value).toBe(1557.5);
    const refs = refsOf(d.formula).map((n) => n.ref);
    expect(refs).toEqual([
      { kind: 'result', where: 'GM0402', path: 'programme.target' },
      { kind: 'result', where: 'GM0402', path: 'programme.projected2030' },
    ]);
    const target = refsOf(explainFigure(c, 'GM0402', 'programme.target')!.formula)[0]!;
    expect(target.v).toBe(3200);
    expect(target.ref).toMatchObject({ kind: 'figure', document: '004' });
    const pace = explainFigure(c, 'GM0402', 'programme.scenarioPace')!;
    expect(refsOf(pace.formula).map((n) => n.ref)).toContainEqual({ kind: 'assumption', path: 'programme.paceMultiplier', isDefault: true });
  });

  it('the region\'s shortfall is the sum of the gemeenten\'s shortfalls, each a reference', () => {
    const d = explainFigure(c, REGION, 'programme.shortfall2030')!;
    expect(d.formula.k).toBe('sum');
    expect(refsOf(d.formula).map((n) => n.ref?.kind === 'result' && n.ref.where)).toEqual(['GM0376', 'GM1942', 'GM0402', 'GM0406', 'GM0417', 'GM1696']);
  });

  it('warnings that touch a figure come with it', () => {
    const d = explainFigure(c, 'GM0406', 'elderly.requiredShare')!;
    expect(d.warnings.map((w) => w.code)).toContain('requiredShareAbove100');
    expect(explainFigure(c, 'GM0406', 'aandachtsgroepen.weight')!.warnings.map((w) => w.code)).not.toContain('requiredShareAbove100');
  });

  it('an unknown figure has no derivation', () => {
    expect(explainFigure(c, 'GM0402', 'programme.nonsense')).toBeNull();
    expect(explainFigure(c, 'GM0317', 'programme.gap2030')).toBeNull();
  });
});

describe('as people read it', () => {
  const scenario = Scenario.parse({ id: 'basis', name: 'Basis', params: {} });
  const result = runScenario(seed.dataset, scenario);
  const c = explainContext(seed.dataset, scenario, result);
  const text = (where: string, path: string, locale: 'nl-NL' | 'en-GB' = 'nl-NL') => describeAsText(describeFigure(explainFigure(c, where, path)!, c, locale), locale);

  it('Hilversum gap 2030: the worked example of MODEL §5.1, numbers opened one level', () => {
    const lines = text('GM0402', 'programme.gap2030');
    expect(lines.slice(0, 4)).toEqual([
      'Hilversum · saldo einde programma (netto) [programme.gap2030]',
      '  = doel bouwprogramma − prognose einde programma',
      '  = 3.200 − (365 + 182,5 × 7)',
      '  = 1.557,5',
    ]);
    expect(lines.join('\n')).toContain('prognose einde programma · [--gemeente GM0402 --figure programme.projected2030]');
  });

  it('an input from the dataset names its document and place; an assumption says whether it is the default', () => {
    const target = text('GM0402', 'programme.target').join('\n');
    expect(target).toMatch(/3\.200 {2}bouwprogramma 2022–2030 · 004 · Bijlage 2/);
    const pace = text('GM0402', 'programme.scenarioPace', 'en-GB').join('\n');
    expect(pace).toContain('(default value)');
  });

  it('the region\'s elderly shortfall in toegankelijk50 adds the gemeenten\'s own shortfalls', () => {
    const s = Scenario.parse({ id: 't', name: 't', params: { elderly: { newBuildShare: { nultreden: 0.5 } } } });
    const r = runScenario(seed.dataset, s);
    const cx = explainContext(seed.dataset, s, r);
    const e = describeFigure(explainFigure(cx, REGION, 'elderly.nultreden.shortfall')!, cx, 'nl-NL');
    expect(e.valueText).toBe('832');
    // Each gemeente's own shortfall: Gooise Meren's and Laren's surpluses count as 0, they fill nothing.
    expect(e.withNumbers).toBe('max(0; 27,5) + max(0; −830,75) + max(0; 286,25) + max(0; 392,5) + max(0; −2,75) + max(0; 125,75)');
  });
});
