/**
 * One Monte Carlo of the seed's built-in 'bandbreedte' (10 000 draws) in a fresh process, as the
 * command line makes it: `tsx test/bench/simulateOnce.ts <tree>` loads the engine of the tree at
 * <tree> (a copy made by engine.bench.ts) and prints its times in ms as JSON. Nothing is warm:
 * not the compiled code, not the memory the process has touched.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Modules = {
  createSimulation: (ds: unknown, scenario: unknown, result?: unknown) => { total: number; step: (n: number) => boolean; block: () => { bands: unknown[] } } | null;
  runScenario: (ds: unknown, scenario: unknown) => unknown;
  readSeed: () => { dataset: unknown; builtinScenarios: { id: string }[] };
};

const tree = process.argv[2];
if (!tree) throw new Error('Gebruik: tsx test/bench/simulateOnce.ts <map met de code>');
const load = (path: string) => import(pathToFileURL(join(tree, path)).href) as Promise<Record<string, unknown>>;
const [simulate, run, seeds] = await Promise.all([load('shared/uncertainty/simulate.ts'), load('shared/engine/run.ts'), load('electron/seeds/readSeeds.ts')]);
const m = { createSimulation: simulate.createSimulation, runScenario: run.runScenario, readSeed: seeds.readSeed } as Modules;
const seed = m.readSeed();
const scenario = seed.builtinScenarios.find((s) => s.id === 'bandbreedte');
const point = m.runScenario(seed.dataset, scenario);
const t0 = performance.now();
const sim = m.createSimulation(seed.dataset, scenario, point);
if (!sim) throw new Error('bandbreedte heeft geen bandbreedtes');
const t1 = performance.now();
sim.step(sim.total);
const t2 = performance.now();
const bands = sim.block().bands.length;
const t3 = performance.now();
console.log(JSON.stringify({ prepare: t1 - t0, draws: t2 - t1, percentiles: t3 - t2, total: t3 - t0, bands }));
