/**
 * One build of engine.bench.ts's comparison in a process of its own (`fork`, argv: the copied
 * tree and the build's name). Two copies of the engine in one process share V8's hidden classes,
 * and each one's objects then keep throwing out the other's compiled code (measured: a copy of
 * dd53bb5 beside a second copy of itself ran 2,2× slower, this build beside its copy 7×). The
 * parent asks for one case's warm-up or one timed batch at a time, so the builds still take
 * turns on the machine, batch by batch.
 */
import { batch, copyCases, loadEngine, prepare, type Descriptor } from './engineCases';

type Request = { type: 'prepare' | 'batch'; index: number } | { type: 'exit' };
export type Reply = { type: 'cases'; cases: Descriptor[] } | { type: 'prepared' } | { type: 'batch'; ms: number; parts: number[][] | null } | { type: 'error'; message: string };

const [dir, build] = process.argv.slice(2);
if (!dir || !build || !process.send) throw new Error('engineWorker.ts is started by engine.bench.ts (fork)');
const send = (reply: Reply) => process.send?.(reply);
const cases = copyCases(build, await loadEngine(dir));
send({ type: 'cases', cases: cases.map(({ build: b, dataset, scenario, mode, gemeenten, years }) => ({ build: b, dataset, scenario, mode, gemeenten, years })) });
process.on('message', (request: Request) => {
  try {
    if (request.type === 'exit') {
      process.exit(0);
    }
    const c = cases[request.index];
    if (!c) throw new Error(`no case ${request.index}`);
    if (request.type === 'prepare') {
      prepare(c);
      send({ type: 'prepared' });
    } else {
      const ms = batch(c);
      send({ type: 'batch', ms, parts: c.parts?.slice(-c.runsPerBatch) ?? null });
    }
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
