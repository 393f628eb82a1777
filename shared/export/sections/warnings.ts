import { say } from '../../i18n/coded';
import { texts } from '../../i18n/catalogue';
import type { Block, SectionEntry } from '../section';

/**
 * The result's warnings, worded by the catalogue as in the window: what a figure rests on, what
 * the scenario asks that cannot count, where new build is too small. Nothing the engine says
 * about a result stays out of the documents. The deck names the regional ones and counts the
 * rest (they are in the memo and the workbook).
 */
export const warnings: SectionEntry = {
  id: 'warnings',
  build: ({ main, locale, words }) => {
    if (main.warnings.length === 0) return null;
    const w = words.warnings;
    const sentence = (x: (typeof main.warnings)[number]) => say(texts(locale).warnings, x);
    const regional = main.warnings.filter((x) => x.gemeente === undefined);
    const perGemeente = main.warnings.filter((x) => x.gemeente !== undefined);
    const all: Block = { kind: 'facts', items: main.warnings.map(sentence) };
    return {
      id: 'warnings',
      title: w.title,
      blocks: [{ kind: 'paragraphs', texts: [w.intro] }, all],
      slides: [{ title: w.title, blocks: [{ kind: 'facts', items: [...regional.map(sentence), ...(perGemeente.length > 0 ? [w.perGemeenteInMemo(perGemeente.length)] : [])] }] }],
      workbook: { intro: { heading: w.title, lines: main.warnings.map((x) => ['', sentence(x)] as [string, string]) }, sheets: [] },
    };
  },
};
