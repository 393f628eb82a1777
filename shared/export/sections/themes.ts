import { REGION } from '../../explain/context';
import type { ChartSpec } from '../../charts/chartSpec';
import { elderlyGapChart } from '../../charts/elderlyChart';
import { gapChart } from '../../charts/gapChart';
import { pathChart } from '../../charts/pathChart';
import { pipelineCapacityChart } from '../../charts/pipelineChart';
import { texts } from '../../i18n/catalogue';
import { chart, paragraphs, table, type Block, type Section, type SectionEntry, type SectionInput } from '../section';
import { requiredShareFacts } from '../shortfall';
import { keyFindings } from './summary';
import { perGemeenteTable } from './tables';

/**
 * The memo's chapters by theme (issue 12): bouwprogramma, betaalbaar, ouderenhuisvesting,
 * aandachtsgroepen, each opening with the sentence that states its finding (the key findings of
 * ./summary.ts), then its charts and tables. The same charts and tables as the sections `charts`
 * and `tables`, which the deck and the workbook show as before and the memo leaves to these
 * chapters; so these are memo-only (no slides, nothing in the workbook). The comparison's charts
 * are the comparison chapter's (./comparison.ts).
 */
const memoOnly = (id: string, title: string, blocks: Block[]): Section => ({ id, title, blocks, slides: [], workbook: { intro: null, sheets: [] } });

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
    return memoOnly('theme-programme', words.policy.themes.programme, [paragraphs(opening), ...specs.map(chart), table(perGemeenteTable('programme', input))]);
  },
};

export const affordableTheme: SectionEntry = {
  id: 'theme-affordable',
  build: (input) => {
    const opening = keyFindings(input).affordable;
    if (!opening) return null;
    return memoOnly('theme-affordable', input.words.policy.themes.affordable, [paragraphs(opening), { kind: 'remark', texts: [input.words.policy.affordableLowerBound] }, table(perGemeenteTable('affordable', input))]);
  },
};

export const elderlyTheme: SectionEntry = {
  id: 'theme-elderly',
  build: (input) => {
    const opening = keyFindings(input).elderly;
    if (!opening) return null;
    return memoOnly('theme-elderly', input.words.policy.themes.elderly, [
      paragraphs(opening, ...elderlyDetail(input)),
      chart(elderlyGapChart(input.main, input.dataset, input.locale)),
      table(perGemeenteTable('elderly', input)),
      table(perGemeenteTable('elderlyNewBuild', input)),
    ]);
  },
};

export const aandachtsgroepenTheme: SectionEntry = {
  id: 'theme-aandachtsgroepen',
  build: (input) =>
    memoOnly('theme-aandachtsgroepen', input.words.policy.themes.aandachtsgroepen, [
      paragraphs(keyFindings(input).aandachtsgroepen, input.words.policy.aandachtsIntro),
      table(perGemeenteTable('aandachtsgroepen', input)),
    ]),
};

/** The summary's sentence on the share of new build (and where even all of it is too little) under the chapter's finding; the figures per type are in its table. */
function elderlyDetail({ main, words }: SectionInput): string[] {
  const share = requiredShareFacts(main);
  const text = share ? words.summary.requiredShare(share) : '';
  return text === '' ? [] : [text];
}
