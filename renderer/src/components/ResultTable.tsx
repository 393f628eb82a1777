import { formatNumber } from '../../../shared/format/nl';
import type { Result } from '../../../shared/result/schema';
import type { Band, UncertaintyBlock } from '../../../shared/result/uncertainty';
import { OVERVIEW_COLUMNS, resultRows } from '../../../shared/result/table';
import { texts } from '../../../shared/i18n/catalogue';
import { formatCell, headerOf, shownCell, type Cell } from '../../../shared/table/column';
import { useExplain, useLocale, useMessages } from '../state/AppState';

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
 * Monte Carlo's `block`, the shortfalls carry their P10–P90 on a small second line.
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
  const bands = new Map<string, Band>();
  for (const b of block?.bands ?? []) bands.set(`${b.where}\u0000${b.path}`, b);
  return (
    <div className="table-wrap">
      <table className="results" data-testid="result-table" aria-describedby="result-table-hint">
        <thead>
          <tr>
            {OVERVIEW_COLUMNS.map((c) => (
              <th scope="col" key={c.id}>
                {headerOf(c, locale, result)}
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
                      {figure && cell !== null && BANDED.has(c.id) ? <BandLine band={bands.get(`${row.code}\u0000${figure}`)} /> : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id="result-table-hint" className="note">
        {words.hint}
      </p>
    </div>
  );
}

/** P10–P90 on a small line under the likely figure, where it spreads. */
function BandLine({ band }: { band: Band | undefined }) {
  const locale = useLocale();
  const w = useMessages().uncertaintyResults.table;
  // A figure no draw moves (a shortfall that stays 0) has no range to show.
  if (!band || Math.round(band.p10) === Math.round(band.p90)) return null;
  return (
    <span className="band-range" data-band="p10-p90" title={w.title} style={{ display: 'block', fontSize: '0.75em', color: 'var(--muted)', fontWeight: 'normal', whiteSpace: 'nowrap' }}>
      {w.range(formatNumber(band.p10, 0, locale), formatNumber(band.p90, 0, locale))}
    </span>
  );
}
