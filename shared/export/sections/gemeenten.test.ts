import { builtinRuns } from '../../../test/support/builtinRuns';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatSigned } from '../../format/nl';
import { texts } from '../../i18n/catalogue';
import type { Result } from '../../result/schema';
import { memoOf, slidesOf, type Block, type Section } from '../section';
import { gemeenten } from './gemeenten';

const { seed, scenarios, results } = builtinRuns('basis', 'programma', 'toegankelijk50');
const [basis, programma, t50] = results as [Result, Result, Result];

function build(count: number, reference: string | null = null): Section {
  const section = gemeenten.build({ scenarios: scenarios.slice(0, count), results: results.slice(0, count), main: basis, dataset: seed.dataset, findings: [], locale: 'nl-NL', words: texts('nl-NL').report, reference });
  if (!section) throw new Error('no section');
  return section;
}
const factsOf = (blocks: readonly Block[], name: string): string[] =>
  blocks.flatMap((b) => (b.kind === 'group' && b.title === name ? b.blocks.flatMap((x) => (x.kind === 'facts' ? x.items : [])) : []));
const hilversum = (r: Result) => r.gemeenten.find((g) => g.name === 'Hilversum');

describe('per gemeente, with scenarios compared', () => {
  it('Hilversum’s part names its figures in the other scenarios, each with its difference with Basis (a real minus)', () => {
    const facts = factsOf(memoOf(build(3)), 'Hilversum');
    const programme = (r: Result) => hilversum(r)?.programme?.shortfall2030 ?? NaN;
    const elderly = (r: Result) => hilversum(r)?.elderly?.total.shortfall ?? NaN;
    // Programma reaches its programme in Hilversum: 0, 1.558 less than Basis.
    expect(programme(programma)).toBe(0);
    expect(facts).toContain(
      `‘${programma.scenarioName}’: tekort bouwprogramma 2030 0 (−${formatNumber(programme(basis))} t.o.v. ‘${basis.scenarioName}’); ` +
        `tekort ouderenhuisvesting 2030 ${formatNumber(elderly(programma))} (${formatSigned(elderly(programma) - elderly(basis))} t.o.v. ‘${basis.scenarioName}’)`,
    );
    expect(formatSigned(elderly(t50) - elderly(basis))).toMatch(/^−\d/);
    expect(facts).toContain(
      `‘${t50.scenarioName}’: tekort bouwprogramma 2030 ${formatNumber(programme(t50))} (gelijk aan ‘${basis.scenarioName}’); ` +
        `tekort ouderenhuisvesting 2030 ${formatNumber(elderly(t50))} (${formatSigned(elderly(t50) - elderly(basis))} t.o.v. ‘${basis.scenarioName}’)`,
    );
    // Basis, the reference, is the part's own figures: no line of its own.
    expect(facts.some((f) => f.startsWith(`‘${basis.scenarioName}’`))).toBe(false);
    // Eemnes has neither a programme nor an elderly need in the sources: no line at all, not "–".
    expect(basis.gemeenten.find((g) => g.name === 'Eemnes')?.programme).toBeNull();
    expect(factsOf(memoOf(build(3)), 'Eemnes').some((f) => f.startsWith('‘'))).toBe(false);
  });

  it('another reference: the main scenario’s line against it, the reference marked', () => {
    const facts = factsOf(memoOf(build(3, 'toegankelijk50')), 'Hilversum');
    expect(facts.find((f) => f.startsWith(`‘${basis.scenarioName}’: `))).toContain(`t.o.v. ‘${t50.scenarioName}’`);
    expect(facts.find((f) => f.startsWith(`‘${t50.scenarioName}’ (referentie): `))).not.toContain('t.o.v.');
  });

  it('one scenario: no such lines; the deck’s slides never carry them', () => {
    expect(factsOf(memoOf(build(1)), 'Hilversum').some((f) => f.startsWith('‘'))).toBe(false);
    const slide = slidesOf(build(3)).find((s) => s.title === 'Hilversum');
    expect(slide?.blocks.flatMap((b) => (b.kind === 'facts' ? b.items : [])).some((f) => f.startsWith('‘'))).toBe(false);
  });
});
