import { findingText } from '../../checks/findingText';
import { SERIES } from '../../engine/inputs';
import type { Block, SectionEntry } from '../section';

/** Series the engine reads: findings on them affect the figures shown. */
const ENGINE_SERIES = new Set<string>(Object.values(SERIES).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v))));

/** Where the sources contradict each other on figures these results rest on. */
export const findings: SectionEntry = {
  id: 'findings',
  build: ({ findings: all, locale, words }) => {
    const w = words.findings;
    const items = all.filter((f) => f.severity !== 'info' && f.series.some((s) => ENGINE_SERIES.has(s))).map((f) => findingText(locale, f)).map((f) => ({ title: f.title, text: f.message }));
    const notes: Block = { kind: 'notes', items };
    return {
      id: 'findings',
      title: w.title,
      blocks: items.length === 0 ? [{ kind: 'paragraphs', texts: [w.none] }] : [{ kind: 'paragraphs', texts: [w.intro] }, notes],
      slides: [{ title: w.title, blocks: items.length === 0 ? [{ kind: 'paragraphs', texts: [w.shortNone] }] : [notes] }],
      workbook: { intro: { heading: w.title, lines: items.length === 0 ? [['', w.shortNone]] : items.map((n) => [n.title, n.text]) }, sheets: [] },
    };
  },
};
