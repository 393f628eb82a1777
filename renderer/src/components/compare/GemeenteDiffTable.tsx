import { useState } from 'react';
import { measure, type Comparison, type MeasureId } from '../../../../shared/compare/model';
import { formatNumber, formatSigned, type Locale } from '../../../../shared/format/nl';
import { useMessages } from '../../state/AppState';

/** The measures the table can show, in the order of the themes; only those the results have are offered. */
const CHOICES: readonly MeasureId[] = [
  'programme.shortfall2030',
  'affordable.shortfall2030',
  'elderly.total.shortfall',
  'elderly.nultreden.shortfall',
  'elderly.geclusterd.shortfall',
  'elderly.zorggeschikt.shortfall',
  'aandachtsgroepen.taskPerYear',
  'aandachtsgroepen.placements.shortfall',
];

/**
 * Per gemeente one measure of every scenario, and beside each scenario that is not the reference
 * its difference with the reference (from the unrounded figures, rounded only here). The region's
 * row is the sum of the gemeenten's shortfalls.
 */
export function GemeenteDiffTable({ comparison: c, colours, locale }: { comparison: Comparison; colours: ReadonlyMap<string, string>; locale: Locale }) {
  const { comparison: w } = useMessages();
  const offered = CHOICES.filter((id) => measure(c, id));
  const [chosen, setChosen] = useState<MeasureId>(offered[0] ?? 'programme.shortfall2030');
  const m = measure(c, chosen) ?? measure(c, offered[0] ?? chosen);
  if (!m) return null;
  const decimals = m.unit === 'perYear' ? 1 : 0;
  const ref = c.scenarios[c.reference]?.name ?? '';
  return (
    <section className="compare-gemeenten" aria-labelledby="compare-gemeenten-title">
      <h2 id="compare-gemeenten-title">{w.screen.gemeenteTable}</h2>
      <label className="compare-choice">
        {w.screen.measureChoice}{' '}
        <select value={m.id} onChange={(e) => setChosen(e.target.value as MeasureId)} data-testid="compare-measure">
          {offered.map((id) => (
            <option key={id} value={id}>
              {w.measure[id]}
            </option>
          ))}
        </select>
      </label>
      <div className="table-wrap">
        <table className="results" data-testid="compare-gemeenten">
          <caption>{w.section.diffTable(w.measure[m.id], ref)}</caption>
          <thead>
            <tr>
              <th scope="col">{w.section.gemeente}</th>
              {c.scenarios.map((s, i) => (
                <th scope="col" key={s.id}>
                  <span className="swatch" style={{ background: colours.get(s.id) }} aria-hidden="true" />
                  {s.name}
                  {i === c.reference ? <span className="delta-head">{w.section.referenceMark}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {m.rows.map((r) => (
              <tr key={r.code ?? 'regio'} data-code={r.code ?? 'regio'} className={r.code === null ? 'total' : undefined}>
                <th scope="row">{r.code === null ? w.region : r.name}</th>
                {c.scenarios.map((s, i) => {
                  const d = r.diffs[i] ?? null;
                  return (
                    <td key={s.id}>
                      {formatNumber(r.values[i] ?? null, decimals, locale)}
                      {d !== null && Math.abs(d) >= (decimals === 0 ? 0.5 : 0.05) ? <span className="delta"> ({formatSigned(d, decimals, locale)})</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
