import { REGION } from '../../explain/context';
import type { ChartSpec } from '../../charts/chartSpec';
import { elderlyGapChart } from '../../charts/elderlyChart';
import { gapChart } from '../../charts/gapChart';
import { pathChart } from '../../charts/pathChart';
import { pipelineCapacityChart } from '../../charts/pipelineChart';
import { referenceIndex } from '../../compare/model';
import { texts } from '../../i18n/catalogue';
import { chart, memoOnly, paragraphs, table, type Block, type SectionEntry, type SectionInput } from '../section';
import { requiredShareFacts } from '../shortfall';
import { themeComparison, type ComparedTheme } from './comparison';
import { keyFindings } from './summary';
import { perGemeenteTable } from './tables';

/**
 * The memo's chapters by theme (issue 12): bouwprogramma, betaalbaar, ouderenhuisvesting,
 * aandachtsgroepen, each opening with the sentence that states its finding (the key findings of
 * ./summary.ts), then its charts and tables. The same charts and tables as the sections `charts`
 * and `tables`, which the deck and the workbook show as before and the memo leaves to these
 * chapters; so these are memo-only (no slides, nothing in the workbook). When scenarios are
 * compared, each chapter shows after its finding the theme's part of the comparison (./comparison.ts
 * themeComparison: its differences that matter, grouped charts and per-gemeente difference tables),
 * then the main scenario's own figures, each under a sub-heading.
 */

/** The chapter's blocks: its finding (`opening`), then, when compared, the theme's comparison and the main scenario's figures (`own`) apart. */
function chapter(input: SectionInput, theme: ComparedTheme, opening: Block[], own: Block[]): Block[] {
  const compared = themeComparison(input, theme);
  // Nothing to compare, or only the line that the theme is the same in every scenario: no sub-headings for that.
  if (compared.every((b) => b.kind === 'remark')) return [...opening, ...compared, ...own];
  const w = texts(input.locale).comparison.section;
  const reference = input.results[referenceIndex(input.results, input.reference)]?.scenarioName ?? '';
  return [
    ...opening,
    { kind: 'group', title: w.themeCompared(reference), blocks: compared },
    { kind: 'group', title: w.themeDetail(input.main.scenarioName), blocks: own },
  ];
}

export const programmeTheme: SectionEntry = {
  id: 'theme-programme',
  build: (input) => {
    const { main, scenarios, dataset, locale, words } = input;
    const opening = keyFindings(input).programme;
    if (!opening || !main.region.programme) return null;
    const block = main.uncertainty ?? null;
    const specs: ChartSpec[] = [
      gapChart(main, dataset, locale, block),
      { ...pathChart(texts(locale).terms.region, main.region.programme, main.scenarioName, dataset, locale, block ? { block, where: REGION } : null), id: 'path-regio' },
    ];
    const mainScenario = scenarios[0];
    if (dataset.projects.length > 0 && mainScenario) specs.push(pipelineCapacityChart(dataset.projects, main, mainScenario.params, dataset, locale));
    return memoOnly('theme-programme', words.policy.themes.programme, chapter(input, 'programme', [paragraphs(opening)], [...specs.map(chart), table(perGemeenteTable('programme', input))]));
  },
};

export const affordableTheme: SectionEntry = {
  id: 'theme-affordable',
  build: (input) => {
    const opening = keyFindings(input).affordable;
    if (!opening) return null;
    // The lower bound qualifies the finding, so it stays beside it.
    return memoOnly(
      'theme-affordable',
      input.words.policy.themes.affordable,
      chapter(input, 'affordable', [paragraphs(opening), { kind: 'remark', texts: [input.words.policy.affordableLowerBound] }], [table(perGemeenteTable('affordable', input))]),
    );
  },
};

export const elderlyTheme: SectionEntry = {
  id: 'theme-elderly',
  build: (input) => {
    const opening = keyFindings(input).elderly;
    if (!opening) return null;
    return memoOnly(
      'theme-elderly',
      input.words.policy.themes.elderly,
      chapter(
        input,
        'elderly',
        [paragraphs(opening, ...elderlyDetail(input))],
        [chart(elderlyGapChart(input.main, input.dataset, input.locale)), table(perGemeenteTable('elderly', input)), table(perGemeenteTable('elderlyNewBuild', input))],
      ),
    );
  },
};

export const aandachtsgroepenTheme: SectionEntry = {
  id: 'theme-aandachtsgroepen',
  build: (input) =>
    memoOnly(
      'theme-aandachtsgroepen',
      input.words.policy.themes.aandachtsgroepen,
      chapter(input, 'aandachtsgroepen', [paragraphs(keyFindings(input).aandachtsgroepen, input.words.policy.aandachtsIntro)], [table(perGemeenteTable('aandachtsgroepen', input))]),
    ),
};

/** The summary's sentence on the share of new build (and where even all of it is too little) under the chapter's finding; the figures per type are in its table. */
function elderlyDetail({ main, words }: SectionInput): string[] {
  const share = requiredShareFacts(main);
  const text = share ? words.summary.requiredShare(share) : '';
  return text === '' ? [] : [text];
}
