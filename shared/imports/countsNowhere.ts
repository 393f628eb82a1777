import type { Dataset } from '../dataset/schema';
import { EngineDataError, extractInputs, SERIES, type GemeenteInputs } from '../engine/inputs';
import { realisedToDate } from '../engine/programme';
import type { ImportIssue } from './issues';
import type { ValidatedImport } from './types';

/**
 * Rows an import stores but that count in no result, said per row instead of shown as a change
 * that silently does nothing (issue 9). They are still stored (the analyst may add what makes
 * them count later, e.g. a programme for Eemnes) and may be applied: a warning, not an error.
 *
 * What makes a figure count is what the engine reads (shared/engine/inputs.ts, programme.ts):
 * - realisation (completions, S+M app) and the affordable target count only for a gemeente with
 *   a build programme, and only within the programme's years;
 * - a project counts only for a gemeente with a programme (pipeline pace and elderly supply both
 *   hang on it), and only when it completes after the gemeente's last realisation year (before
 *   that its homes are in the realisation figures).
 * Judged on the dataset as it will be after the import, so an import that adds the programme
 * as well is not warned about.
 */
export function rowsThatCountNowhere(validated: ValidatedImport, after: Dataset, already: readonly ImportIssue[]): ImportIssue[] {
  let inputs;
  try {
    inputs = extractInputs(after);
  } catch (e) {
    // Without any programme nothing counts, and the consistency checks say that louder.
    if (e instanceof EngineDataError) return [];
    throw e;
  }
  const { programmeStart: start, programmeEnd: end } = inputs;
  const byCode = new Map(inputs.gemeenten.map((g) => [g.code, g]));
  const name = (code: string) => after.gemeenten.find((g) => g.code === code)?.name ?? code;
  // A row already said not to count (it is of a gemeente that left the region) is not said twice.
  const said = new Set(already.filter((i) => i.code === 'leftRegion').map((i) => i.line));
  const out: ImportIssue[] = [];
  const warn = (line: number, message: Pick<ImportIssue, 'code' | 'params'>) => {
    if (!said.has(line)) out.push({ severity: 'warning', line, column: null, ...message } as ImportIssue);
  };
  const withProgramme = (code: string): GemeenteInputs | null => {
    const g = byCode.get(code);
    return g?.programme ? g : null;
  };
  /** A figure of a series the engine reads per gemeente: does it count? */
  const figure = (line: number, series: string, code: string | null, from: number, to: number, what: 'realisation' | 'figure') => {
    const counted: string[] = [SERIES.realised, SERIES.smApp, SERIES.affordableTarget];
    if (code === null || !counted.includes(series)) return;
    if (!withProgramme(code)) warn(line, { code: 'countsNowhereNoProgramme', params: { gemeente: name(code), what } });
    else if (series !== SERIES.affordableTarget && (to < start || from > end)) {
      warn(line, { code: 'outsideProgramme', params: { gemeente: name(code), from, to, start, end } });
    }
  };

  switch (validated.kind) {
    case 'realisation':
      for (const r of validated.rows) figure(r.line, SERIES.realised, r.gemeente, r.year, r.year, 'realisation');
      break;
    case 'figures': {
      const byId = new Map(after.figures.map((f) => [f.id, f]));
      for (const r of validated.rows) {
        const f = byId.get(r.figureId);
        if (f && r.value !== null) figure(r.line, f.series, f.gemeente, f.periodFrom, f.periodTo, 'figure');
      }
      break;
    }
    case 'plaatsingen':
      // Every gemeente has an aandachtsgroepen task and the years were checked against the programme's.
      break;
    case 'projects':
      for (const r of validated.rows) {
        const g = withProgramme(r.project.gemeente);
        if (!g?.programme) {
          warn(r.line, { code: 'countsNowhereNoProgramme', params: { gemeente: name(r.project.gemeente), what: 'project' } });
          continue;
        }
        const { baseYear } = realisedToDate(g.realisation, g.programme.start, g.programme.end, () => undefined);
        if (r.project.completionYear <= baseYear) {
          warn(r.line, { code: 'projectInRealisation', params: { name: r.project.name, gemeente: name(r.project.gemeente), year: r.project.completionYear, baseYear } });
        }
      }
      break;
  }
  return out;
}
