import { builtinRuns } from '../../test/support/builtinRuns';
import { describe, expect, it } from 'vitest';
import { formatCell } from '../table/column';
import { deckHeadlines } from './headlines';
import type { Slide } from './section';

const { results } = builtinRuns('basis', 'programma', 'toegankelijk50');
const [basis, programma, toegankelijk] = results.map((r) => ({ name: r.scenarioName, homes: formatCell(r.region.programme!.shortfall2030, 'homes') }));
/** The comparison's slides with its programme chart and with its region table, as the section gives them (only what the headline looks at matters). */
const chartSlide: Slide = { title: 'Tekort bouwprogramma', blocks: [{ kind: 'chart', chart: { id: 'compare', title: '', source: '', data: [], layout: {} } }] };
const comparisonSlide: Slide = { title: 'Scenario’s vergeleken', blocks: [{ kind: 'table', table: { id: 'comparison', title: '', columns: [], rows: [], totalRow: false, source: '' } }] };
const headline = (reference: string | null, locale: 'nl-NL' | 'en-GB' = 'nl-NL') => deckHeadlines(results, locale, reference)('comparison', chartSlide);

describe('the comparison headline', () => {
  it('compares with the analyst’s reference, not with the first scenario', () => {
    // Basis and the 50 % nultreden variant build alike, so their programme shortfall is the same; Programma has none.
    expect(basis!.homes).toBe(toegankelijk!.homes);
    expect(programma!.homes).toBe('0');
    expect(headline('toegankelijk50')).toBe(`In 2030 is het tekort het kleinst bij ‘${programma!.name}’: 0 woningen, tegen ${toegankelijk!.homes} bij de referentie ‘${toegankelijk!.name}’`);
    // Without a choice the first scenario is the reference.
    expect(headline(null)).toBe(`In 2030 is het tekort het kleinst bij ‘${programma!.name}’: 0 woningen, tegen ${basis!.homes} bij de referentie ‘${basis!.name}’`);
    expect(headline('onbekend')).toBe(headline(null));
  });

  it('says so when the reference itself has the smallest shortfall', () => {
    expect(headline('programma')).toBe(`In 2030 is het tekort het kleinst bij de referentie ‘${programma!.name}’: 0 woningen, tegen ${basis!.homes} bij ‘${basis!.name}’`);
    expect(headline('programma', 'en-GB')).toMatch(/^In 2030 the shortfall is smallest in the reference ‘Programma/);
  });

  it('the region’s table keeps its own title when the chart before it says the conclusion', () => {
    expect(deckHeadlines(results, 'nl-NL', null)('comparison', comparisonSlide)).toBeNull();
  });

  it('says the shortfall is the same when every scenario has it (no chart then: on the table’s slide)', () => {
    const same = deckHeadlines([results[0]!, results[2]!], 'nl-NL', 'toegankelijk50')('comparison', comparisonSlide);
    expect(same).toBe(`Het tekort in 2030 is in elk scenario ${basis!.homes} woningen`);
  });

  it('the elderly comparison slides: the elderly shortfall against the reference, in whole homes', () => {
    const elderlySlide: Slide = { title: 'Tekort ouderenhuisvesting', blocks: [{ kind: 'chart', chart: { id: 'compare-elderly-types', title: '', source: '', data: [], layout: {} } }] };
    const elderly = results.map((r) => ({ name: r.scenarioName, homes: formatCell(r.region.elderly!.total.shortfall, 'homes') }));
    // Trend 50 % nultreden has the smallest elderly shortfall (5.025 against 5.571 in Basis).
    expect(deckHeadlines(results, 'nl-NL', null)('comparison', elderlySlide)).toBe(`In 2030 is het tekort aan woningen voor ouderen het kleinst bij ‘${elderly[2]!.name}’: ${elderly[2]!.homes} woningen, tegen ${elderly[0]!.homes} bij de referentie ‘${elderly[0]!.name}’`);
    expect(elderly[2]!.homes).toBe('5.025');
  });
});
