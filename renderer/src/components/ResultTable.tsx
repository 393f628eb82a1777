import type { Result } from '../../../shared/result/schema';
import type { UncertaintyBlock } from '../../../shared/result/uncertainty';
import { OVERVIEW_COLUMNS, resultRows } from '../../../shared/result/table';
import { texts } from '../../../shared/i18n/catalogue';
import { formatCell, headerOf, shownCell, type Cell } from '../../../shared/table/column';
import { COLUMN_TERM } from '../../../shared/help/figureTerms';
import type { GlossaryTermId } from '../../../shared/help/help';
import { useExplain, useLocale, useMessages } from '../state/AppState';
import { ColumnGuide, InfoTip } from './InfoTip';
import { BandLegend, BandLine } from './uncertainty/BandLine';
import { bandIndex, outsideBand, shownBand } from './uncertainty/bands';

const positive = (cell: Cell) => typeof cell === 'number' && Math.round(cell) > 0;
/** A shortfall reads red, being ahead green; a 0 beside them stays plain (the other column says it). */
const TONE: Partial<Record<string, (cell: Cell) => string | undefined>> = {
  shortfall2030: (cell) => (positive(cell) ? 'bad' : undefined),
  surplus2030: (cell) => (positive(cell) ? 'good' : undefined),
};

/** The columns that show P10–P90 under the likely figure when the scenario has ranges (MODEL.md §5.6). */
const BANDED = new Set(['shortfall2030', 'elderlyShortfall']);

/**
 * Per-gemeente table of the programme, elderly and aandachtsgroepen figures, with the region as
 * total row: shortfall and ahead of schedule in columns of their own, so the region's shortfall is
 * the sum of the gemeenten's and no cell holds a negative shortfall (OVERVIEW_COLUMNS). With the
 * Monte Carlo's `block`, the shortfalls carry their P10–P90 on a small second line, which a caption
 * under the table explains (and the marker of a likely value outside it, when one is marked).
 */
export function ResultTable({ result, onGemeente, block }: { result: Result; onGemeente?: (code: string) => void; block?: UncertaintyBlock | null }) {
  const locale = useLocale();
  const t = texts(locale).tables;
  const words = useMessages().explain.window;
  const explain = useExplain((s) => s.open);
  // The first column names the row (a <th>, a link to the gemeente); the others hold its figures.
  const [, ...columns] = OVERVIEW_COLUMNS;
  const rows = resultRows(result, locale, 'region');
  const nd = <span className="nodata" title={t.noData}>–</span>;
  const bandOf = bandIndex(block);
  // The band line of each cell that shows one, by row and column: the caption says what they are.
  const banded = new Map(
    rows.flatMap((row) =>
      columns.flatMap((c) => {
        const band = c.figure && BANDED.has(c.id) && shownCell(c, row, locale) !== null ? shownBand(bandOf(row.code, c.figure)) : null;
        return band ? [[`${row.code}\u0000${c.id}`, band] as const] : [];
      }),
    ),
  );
  const legend = block && banded.size > 0 ? <BandLegend draws={block.draws} outside={[...banded.values()].some(outsideBand)} id="result-table-bands" testId="result-table-bands" /> : null;
  return (
    <div className="table-wrap">
      <table className="results" data-testid="result-table" aria-describedby={legend ? 'result-table-hint result-table-bands' : 'result-table-hint'}>
        <thead>
          <tr>
            {OVERVIEW_COLUMNS.map((c) => (
              <th scope="col" key={c.id}>
                <span className="th-label">{headerOf(c, locale, result)}</span>
                <HeaderTip id={c.id} label={headerOf(c, locale, result)} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const total = row.code === 'regio';
            return (
              <tr key={row.code} className={total ? 'total' : undefined} data-gemeente={row.code}>
                <th scope="row">
                  {onGemeente && !total ? <button className="link" onClick={() => onGemeente(row.code)}>{row.name}</button> : row.name}{' '}
                  {/* The keyboard's way to every figure of the row: the list of them, each with its derivation. */}
                  <button type="button" className="explain-row" onClick={() => explain({ where: row.code })} aria-label={words.allFigures(row.name)} title={words.allFigures(row.name)}>
                    ?
                  </button>
                </th>
                {columns.map((c) => {
                  const cell = shownCell(c, row, locale);
                  const figure = c.figure;
                  // A click on a figure shows how it is computed (the row's "?" does the same from the keyboard).
                  return (
                    <td
                      key={c.id}
                      data-col={c.id}
                      className={[TONE[c.id]?.(cell), figure && cell !== null ? 'explainable' : undefined].filter(Boolean).join(' ') || undefined}
                      onClick={figure && cell !== null ? () => explain({ where: row.code, path: figure }) : undefined}
                      title={figure && cell !== null ? words.title : undefined}
                    >
                      {cell === null ? nd : formatCell(cell, c.kind, locale)}
                      <BandLine band={banded.get(`${row.code}\u0000${c.id}`)} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {legend}
      <p id="result-table-hint" className="note">
        {words.hint} <ColumnGuide columns={OVERVIEW_COLUMNS.flatMap((c) => { const term = termOf(c.id); return term ? [{ label: headerOf(c, locale, result), term }] : []; })} testId="result-table-columns" />
      </p>
    </div>
  );
}

const termOf = (id: string): GlossaryTermId | undefined => (COLUMN_TERM as Readonly<Record<string, GlossaryTermId | undefined>>)[id];

/** The "?" of a column header, for a column the glossary explains: for the mouse; the keyboard has the ColumnGuide under the table. */
function HeaderTip({ id, label }: { id: string; label: string }) {
  const term = termOf(id);
  return term ? (
    <>
      {' '}
      <InfoTip term={term} label={label} tabbable={false} />
    </>
  ) : null;
}
