import type { Locale } from '../../../shared/format/nl';
import type { Norm, NormCell } from '../../../shared/result/norms';
import { headerOf, type TablesText } from '../../../shared/table/column';
import { normValueText, rowName, shareColumns, shownShare, VERDICT_MARK } from '../../../shared/table/norms';
import { useLocale, useMessages } from '../state/AppState';
import { SourceLine } from './SourceLine';

const YEARS = { baseYear: 0, horizon: 0, programmeStart: 0, programmeEnd: 0 };

/**
 * One share with its mark: the symbol (✓ ▼ ▲ ?) and the bound sign (≥ ≤) are for the eye, the same
 * in words for a screen reader ("45,5 %, ondergrens, niet te beoordelen"); the colour only repeats it.
 */
function ShareCell({ cell, locale, t }: { cell: NormCell; locale: Locale; t: TablesText['norms'] }) {
  const why = t.basis[cell.basis];
  if (cell.share === null) {
    return (
      <span className="nodata" title={why}>
        –<span className="sr-only"> ({why})</span>
      </span>
    );
  }
  const spoken = [shownShare({ ...cell, bound: 'exact' }, locale), cell.bound === 'exact' ? null : t.bound[cell.bound], t.verdict[cell.verdict], cell.basis === 'data' ? null : why].filter(Boolean).join(', ');
  return (
    <span title={why}>
      <span aria-hidden="true">
        {shownShare(cell, locale)} <span className={`norm-mark ${cell.verdict}`}>{VERDICT_MARK[cell.verdict]}</span>
      </span>
      <span className="sr-only">{spoken}</span>
    </span>
  );
}

/**
 * The norms monitor (issue 10 part 5) as one compact table: a row per gemeente and the region, a
 * column group per norm (its value and source numbered to the source lines below), in each group
 * the programme, the scenario and realisation. `norms`: the result part (shared/result/norms.ts).
 */
export function NormsTable({ norms }: { norms: readonly Norm[] }) {
  const locale = useLocale();
  const t = useMessages().tables;
  const rows = norms[0]?.rows ?? [];
  const label = (n: Norm) => (locale === 'nl-NL' ? n.label : n.labelEn);
  const historic = norms.filter((n) => n.rows.some((r) => r.scenario.basis === 'historic'));
  return (
    <div className="table-wrap">
      <table className="results norms" data-testid="norms-table">
        <caption>{t.norms.caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t.norms.gemeente}
            </th>
            {norms.map((n, i) => (
              <th scope="colgroup" colSpan={3} key={n.id} data-norm={n.id}>
                {label(n)} ({normValueText(n, locale)})<sup>{i + 1}</sup>
              </th>
            ))}
          </tr>
          <tr>
            {norms.flatMap((n) =>
              shareColumns(n, locale).map((c) => (
                <th scope="col" key={c.id}>
                  {headerOf(c, locale, YEARS, 'short')}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} className={row.code === 'regio' ? 'total' : undefined} data-gemeente={row.code}>
              <th scope="row">{rowName(row, t)}</th>
              {norms.flatMap((n) => {
                const own = n.rows.find((r) => r.code === row.code);
                return shareColumns(n, locale).map((c) => (
                  <td key={c.id} data-col={c.id} data-verdict={own?.[c.measure].verdict}>
                    {own ? <ShareCell cell={own[c.measure]} locale={locale} t={t.norms} /> : '–'}
                  </td>
                ));
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t.norms.legend}</p>
      {historic.map((n) => (
        <p className="note" key={n.id}>
          {label(n)}, {t.norms.measure.scenario.toLowerCase()}: {t.norms.basis.historic}.
        </p>
      ))}
      {norms.map((n, i) => (
        <SourceLine key={n.id} text={`${i + 1} ${label(n)}: ${t.norms.source(n.source.document, n.source.place)}${sourcesOf(n, t)}`} quotes={[n.source.place, ...Object.values(n.sources).flatMap((s) => (s ? [s.place] : []))]} />
      ))}
    </div>
  );
}

/** What the programme and realisation columns read, with their places in the documents. */
function sourcesOf(n: Norm, t: TablesText): string {
  const parts = (['programme', 'realised'] as const).flatMap((m) => {
    const s = n.sources[m];
    return s ? [`${t.norms.measure[m]}: ${t.norms.source(s.document, s.place)}`] : [];
  });
  return parts.length === 0 ? '' : `; ${parts.join('; ')}`;
}
