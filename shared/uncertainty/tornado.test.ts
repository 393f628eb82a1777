import { describe, expect, it } from 'vitest';
import { readSeed } from '../../electron/seeds/readSeeds';
import { REGION } from '../explain/context';
import { tornado } from './tornado';

const seed = readSeed();
const bandbreedte = seed.builtinScenarios.find((s) => s.id === 'bandbreedte')!;

describe('tornado: an open choice', () => {
  it('that does not move the figure still names two different options at its ends', () => {
    const t = tornado(seed.dataset, bandbreedte, { where: REGION, path: 'programme.shortfall2030' });
    const choice = t.bars.find((b) => b.kind === 'alternatives');
    expect(choice).toMatchObject({ swing: 0, lowInput: 'gemeenteTabel', highInput: 'regioTekst' });
  });

  it('that moves the figure has the option giving the lower value at its low end', () => {
    const t = tornado(seed.dataset, bandbreedte, { where: REGION, path: 'elderly.zorggeschikt.shortfall' });
    const choice = t.bars.find((b) => b.kind === 'alternatives')!;
    expect(choice.swing).toBeGreaterThan(0);
    expect(choice.atLow).toBeLessThan(choice.atHigh);
    expect(new Set([choice.lowInput, choice.highInput])).toEqual(new Set(['gemeenteTabel', 'regioTekst']));
  });
});
