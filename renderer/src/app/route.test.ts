import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, routeTo } from './route';

describe('hash routes', () => {
  it('reads every screen, with the gemeente code as its argument', () => {
    expect(['#/overzicht', '#/scenarios', '#/vergelijken', '#/projecten', '#/data'].map(parseRoute)).toEqual([
      { screen: 'overzicht' },
      { screen: 'scenarios' },
      { screen: 'vergelijken' },
      { screen: 'projecten' },
      { screen: 'data' },
    ]);
    expect(parseRoute('#/gemeente/GM0402')).toEqual({ screen: 'gemeente', code: 'GM0402' });
    expect(parseRoute('#/gemeente')).toEqual({ screen: 'gemeente', code: null });
  });

  it('opens Overzicht for an empty or unknown hash, and a broken escape without its argument', () => {
    expect(parseRoute('')).toEqual({ screen: 'overzicht' });
    expect(parseRoute('#/bestaat-niet')).toEqual({ screen: 'overzicht' });
    expect(parseRoute('#/gemeente/%E0%A4%A')).toEqual({ screen: 'gemeente', code: null });
  });

  it('writes the hash it reads', () => {
    for (const hash of ['#/overzicht', '#/scenarios', '#/gemeente', '#/gemeente/GM0402', '#/vergelijken', '#/projecten', '#/data']) expect(hrefOf(parseRoute(hash))).toBe(hash);
    expect(hrefOf(routeTo('gemeente', 'GM 1'))).toBe('#/gemeente/GM%201');
  });
});
