import { explainContext, explainFigure, REGION } from '../../explain/explain';
import { describe, type ExplainedFigure } from '../../explain/render';
import type { Block, SectionEntry, SectionInput } from '../section';
import type { ReportTable } from '../table';

/** The region's headline figures, in the order the summary names them. */
const HEADLINES = [
  'programme.shortfall2030',
  'programme.surplus2030',
  'affordable.shortfall2030',
  'elderly.total.shortfall',
  'elderly.nultreden.shortfall',
  'elderly.geclusterd.shortfall',
  'elderly.zorggeschikt.shortfall',
  'elderly.requiredShare',
  'aandachtsgroepen.taskPerYear',
] as const;

/**
 * Appendix: how the headline figures are computed, from the engine's own derivations
 * (shared/explain), so the memo can never explain a figure differently from how it was computed.
 * The region's figures are sums over the gemeenten; the gemeente with the largest programme
 * shortfall is worked out one level deeper, as an example of reading them. Memo and workbook
 * only: a stuurgroep deck has no room for it.
 */
export const derivations: SectionEntry = {
  id: 'derivations',
  build: (input) => {
    const w = input.words.derivations;
    const explained = headlineFigures(input);
    if (explained.length === 0) return null;
    const blocks: Block[] = [{ kind: 'paragraphs', texts: [w.intro] }, ...explained.map((e) => ({ kind: 'group' as const, title: `${capitalised(e.place)} · ${e.name}: ${e.valueText}`, blocks: figureBlocks(e, input) }))];
    return {
      id: 'derivations',
      title: w.title,
      blocks,
      slides: [],
      workbook: { intro: null, sheets: [overviewSheet(explained, input)] },
    };
  },
};

function headlineFigures(input: SectionInput): ExplainedFigure[] {
  const scenario = input.scenarios[0];
  if (!scenario) return [];
  const c = explainContext(input.dataset, scenario, input.main);
  const one = (where: string, path: string): ExplainedFigure[] => {
    const d = explainFigure(c, where, path);
    return d ? [describe(d, c, input.locale)] : [];
  };
  const region = HEADLINES.flatMap((path) => one(REGION, path));
  // The example: the gemeente furthest behind on its programme, from its shortfall down to its projection.
  const furthest = [...input.main.gemeenten].filter((g) => (g.programme?.shortfall2030 ?? 0) > 0).sort((a, b) => (b.programme?.shortfall2030 ?? 0) - (a.programme?.shortfall2030 ?? 0))[0];
  const example = furthest ? ['programme.shortfall2030', 'programme.gap2030', 'programme.projected2030', 'programme.scenarioPace'].flatMap((path) => one(furthest.code, path)) : [];
  return [...region, ...example];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function figureBlocks(e: ExplainedFigure, input: SectionInput): Block[] {
  const lines = [`= ${e.inWords}`, ...(e.withNumbers !== e.valueText ? [`= ${e.withNumbers}`] : []), `= ${e.valueText}`];
  const blocks: Block[] = [{ kind: 'paragraphs', texts: lines }];
  // A sum over the gemeenten names them in its formula already; a table only where a number comes
  // from a document, an assumption or a project. (The warnings stand in the memo once, not per figure.)
  if (e.inputs.some((i) => i.ref?.kind !== 'result')) blocks.push({ kind: 'table', table: inputsTable(e, input) });
  return blocks;
}

function inputsTable(e: ExplainedFigure, { words }: SectionInput): ReportTable {
  const w = words.derivations;
  return {
    id: `derivation-${e.where}-${e.path}`,
    title: `${e.place} · ${e.name}`,
    columns: [
      { header: w.number, kind: 'text' },
      { header: w.what, kind: 'text' },
      { header: w.source, kind: 'text' },
    ],
    rows: e.inputs.map((i) => [i.value, i.label, i.source]),
    totalRow: false,
    source: w.tableSource,
  };
}

/** The workbook: one row per figure, with its formula in words and in numbers. */
function overviewSheet(explained: ExplainedFigure[], { words }: SectionInput): ReportTable {
  const w = words.derivations;
  return {
    id: 'derivations',
    title: w.title,
    sheet: w.sheet,
    columns: [
      { header: w.place, kind: 'text', about: 'place' },
      { header: w.figure, kind: 'text', about: 'derivedFigure' },
      { header: w.inWords, kind: 'text', about: 'formula' },
      { header: w.withNumbers, kind: 'text', about: 'formulaNumbers' },
      { header: w.value, kind: 'text', about: 'derivedValue' },
    ],
    rows: explained.map((e) => [e.place, e.name, e.inWords, e.withNumbers, e.valueText]),
    totalRow: false,
    source: w.tableSource,
  };
}
