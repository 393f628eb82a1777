/**
 * Child process of the durability test: saves scenarios as fast as it can and prints
 * "ACK <id> <version> <paceMultiplier>" after each save returns (i.e. is committed).
 * The test kills it with SIGKILL at a random moment.
 */
import { openStore } from '../../electron/store/store';

const [path, prefix] = process.argv.slice(2);
if (!path || !prefix) throw new Error('usage: writer.ts DB PREFIX');
const store = await openStore(path);
process.stdout.write('READY\n');
for (let i = 0; ; i++) {
  const multiplier = Math.round(((i % 50) / 10) * 100) / 100;
  if (i % 3 === 0) {
    const s = await store.scenarios.create({ name: `${prefix}-${i}`, params: { programme: { paceMultiplier: multiplier } } });
    process.stdout.write(`ACK ${s.id} ${s.version} ${multiplier}\n`);
  } else {
    const last = (await store.scenarios.list()).at(-1);
    if (!last || last.builtin) continue;
    const s = await store.scenarios.save(last.id, { params: { programme: { paceMultiplier: multiplier } } });
    process.stdout.write(`ACK ${s.id} ${s.version} ${multiplier}\n`);
  }
}
