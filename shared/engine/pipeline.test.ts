import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { Project } from '../projects/schema';
import { Scenario } from '../scenario/schema';
import { runScenario } from './run';

const seed = readSeed().dataset;
const project = (p: Partial<Project> & Pick<Project, 'gemeente' | 'completionYear' | 'status'> & { homes: Project['homes'] }): Project =>
  Project.parse({ id: `p${Math.random()}`, name: 'Project', note: '', source: 'test', createdAt: '2026-01-01', updatedAt: '2026-01-01', ...p });
const pipeline = (params: object = {}) => Scenario.parse({ id: 'pijplijn', name: 'Pijplijn', params: { programme: { paceMode: 'pipeline' }, ...params } });

/** Hilversum (realised 365 in 2022+2023, target 3 200, S+M 166) with two projects. */
const ds = {
  ...seed,
  projects: [
    project({ gemeente: 'GM0402', completionYear: 2025, status: 'vergund', homes: { total: 100, affordable: 60, socialRent: 30, nultreden: 40, geclusterd: 10, zorggeschikt: 0 } }),
    project({ gemeente: 'GM0402', completionYear: 2027, status: 'idee', homes: { total: 200, affordable: 0, socialRent: 0, nultreden: 0, geclusterd: 0, zorggeschikt: 50 } }),
    // Expected in the base year: already in the realisation figures, not counted again.
    project({ gemeente: 'GM0402', completionYear: 2023, status: 'opgeleverd', homes: { total: 999, affordable: 0, socialRent: 0, nultreden: 0, geclusterd: 0, zorggeschikt: 0 } }),
  ],
};

describe('pipeline pace (MODEL §5.5): new build = probability-weighted projects per year', () => {
  it('Hilversum: 0,8 × 100 in 2025 and 0,1 × 200 in 2027 (default probabilities vergund 80 %, idee 10 %)', () => {
    const h = runScenario(ds, pipeline()).gemeenten.find((g) => g.code === 'GM0402')!;
    const p = h.programme!;
    const at = (y: number) => p.path.find((x) => x.year === y)!.projected;
    expect(at(2024)).toBeCloseTo(365, 9);
    expect(at(2025)).toBeCloseTo(445, 9);
    expect(at(2027)).toBeCloseTo(465, 9);
    expect(p.projected2030).toBeCloseTo(465, 9);
    expect(p.scenarioPace).toBeCloseTo(100 / 7, 9);
    expect(p.gap2030).toBeCloseTo(3200 - 465, 9);
    expect(p.catchUpYear).toBeNull();
    // The projects' own affordable homes: 166 (S+M app) + 0,8 × 60.
    expect(h.affordable!.projected2030).toBeCloseTo(166 + 48, 9);
    // Elderly supply from the projects' categories, not "new build × share".
    expect(h.elderly!.nultreden.supply).toBeCloseTo(0.8 * 40, 9);
    expect(h.elderly!.geclusterd.supply).toBeCloseTo(0.8 * 10, 9);
    expect(h.elderly!.zorggeschikt.supply).toBeCloseTo(0.1 * 50, 9);
  });

  it('the probabilities are scenario assumptions', () => {
    const r = runScenario(ds, pipeline({ pipeline: { probability: { vergund: 1, idee: 0.5 } } }));
    expect(r.gemeenten.find((g) => g.code === 'GM0402')!.programme!.projected2030).toBeCloseTo(365 + 100 + 100, 9);
  });

  it('a gemeente without projects keeps its trend in pipeline mode, and the warning names who is on the register', () => {
    const r = runScenario(ds, pipeline());
    const laren = r.gemeenten.find((g) => g.code === 'GM0417')!.programme!;
    // Laren: realised 33 in 2022+2023, so the trend is 16,5 a year: 33 + 16,5 × 7.
    expect(laren.paceSource).toBe('trend');
    expect(laren.scenarioPace).toBe(16.5);
    expect(laren.projected2030).toBe(33 + 16.5 * 7);
    const partial = r.warnings.find((w) => w.code === 'pipelinePartial');
    expect(partial?.params).toMatchObject({ withProjects: ['Hilversum'], onCustomPace: [] });
    expect((partial?.params as { onTrend: string[] }).onTrend).toHaveLength(5);
  });

  it('in pipeline mode a gemeente without projects keeps its own custom pace; one with projects says its custom pace does not count', () => {
    const r = runScenario(ds, Scenario.parse({ id: 'p', name: 'p', params: { programme: { paceMode: 'pipeline', customPace: { GM0417: 40, GM0402: 300 } } } }));
    const laren = r.gemeenten.find((g) => g.code === 'GM0417')!.programme!;
    expect(laren.paceSource).toBe('custom');
    expect(laren.scenarioPace).toBe(40);
    expect(r.gemeenten.find((g) => g.code === 'GM0402')!.programme!.paceSource).toBe('pipeline');
    expect(r.warnings.find((w) => w.code === 'customPaceOverriddenByProjects')?.gemeente).toBe('GM0402');
  });

  it('a project completing in the base year is named in a warning: it is in the realisation figures', () => {
    const w = runScenario(ds, pipeline()).warnings.filter((x) => x.code === 'projectBeforeBaseYear');
    expect(w).toHaveLength(1);
    expect(w[0]?.params).toMatchObject({ gemeente: 'Hilversum', year: 2023, baseYear: 2023 });
  });

  it('an empty register in pipeline mode says so', () => {
    expect(runScenario(seed, pipeline()).warnings.map((w) => w.code)).toContain('pipelineEmpty');
    expect(runScenario(ds, pipeline()).warnings.map((w) => w.code)).not.toContain('pipelineEmpty');
  });

  it('other pace modes ignore the register (no double counting)', () => {
    const trend = Scenario.parse({ id: 't', name: 't', params: {} });
    expect(runScenario(ds, trend)).toEqual(runScenario(seed, trend));
  });
});
