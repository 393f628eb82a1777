import { formatNumber, formatSigned, type Locale } from '../../../../shared/format/nl';
import { ALL_TYPES, type LedgerRow, type LedgerType } from '../../../../shared/result/ledger';
import { useLocale, useMessages } from '../../state/AppState';
import { FigureCell } from './FigureCell';
import { useUnitWord } from './unitWord';

const REGION = 'regio';

/**
 * A difference from the fair share with a mark that says which way, in words for a screen reader:
 * carrying more or less than one's share is no shortfall, so it gets no red or green.
 */
function Difference({ value, locale }: { value: number | null; locale: Locale }) {
  const t = useMessages().solidarity.ledger;
  if (value === null) return <span className="nodata">–</span>;
  const shown = Number(value.toFixed(1));
  const mark = shown > 0 ? '▲' : shown < 0 ? '▼' : null;
  return (
    <>
      {mark && (
        <span className={`diff-mark ${shown > 0 ? 'more' : 'less'}`} aria-hidden="true">
          {mark}{' '}
        </span>
      )}
      {formatSigned(value, 1, locale, 1)}
      {mark && <span className="sr-only"> ({shown > 0 ? t.more : t.less})</span>}
    </>
  );
}

/** A cell without a figure (the region's differences, a gemeente without inhabitants), with the reason on hover. */
function NotForRegion({ why }: { why: string }) {
  return (
    <td>
      <span className="nodata" title={why}>
        –
      </span>
    </td>
  );
}

/**
 * The ledger of one facility type (or all together): per gemeente what it has now, its fair share,
 * the difference, each per 10 000 inhabitants, the earlier count where the sources give one, and,
 * when the scenario places something of this type, the same after. The region's row holds its
 * totals. Every number opens its derivation.
 */
export function LedgerTable({ type: t, withAfter }: { type: LedgerType; withAfter: boolean }) {
  const locale = useLocale();
  const words = useMessages().solidarity.ledger;
  const n = (v: number | null) => formatNumber(v, 1, locale);
  // Shares and rates with one decimal always, so a column lines up (1,0 beside 2,2).
  const n1 = (v: number | null) => formatNumber(v, 1, locale, 1);
  const unitWord = useUnitWord();
  const earlierYear = t.rows.find((r) => r.earlier !== null)?.earlier?.year ?? null;
  const path = (field: string) => `ledger.${t.type}.${field}`;
  const cell = (r: LedgerRow, field: keyof LedgerRow, content: React.ReactNode) => (
    <FigureCell key={field} where={r.code} path={path(field)} col={field}>
      {content}
    </FigureCell>
  );
  const label = locale === 'nl-NL' ? t.label : t.labelEn;
  return (
    <div className="table-wrap">
      <table className="results ledger-table" data-testid="ledger-table" data-type={t.type}>
        <caption id="ledger-caption">{words.caption(label, t.year, unitWord(t.unit))}</caption>
        <thead>
          <tr>
            <th scope="col">{words.gemeente}</th>
            <th scope="col">{words.actual}</th>
            <th scope="col">{words.fair}</th>
            <th scope="col">{words.surplus}</th>
            <th scope="col">{words.actualPer10k}</th>
            <th scope="col">{words.fairPer10k}</th>
            <th scope="col">{words.surplusPer10k}</th>
            {earlierYear !== null && <th scope="col">{words.earlier(earlierYear)}</th>}
            {withAfter && (
              <>
                <th scope="col" className="after-start">
                  {words.placed}
                </th>
                <th scope="col">{words.actualAfter}</th>
                <th scope="col">{words.surplusAfter}</th>
                <th scope="col">{words.surplusAfterPer10k}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {t.rows.map((r) => (
            <tr key={r.code} data-gemeente={r.code}>
              <th scope="row">{r.name}</th>
              {cell(r, 'actual', n(r.actual))}
              {cell(r, 'fair', n1(r.fair))}
              {cell(r, 'surplus', <Difference value={r.surplus} locale={locale} />)}
              {r.inhabitants === null ? (
                [0, 1, 2].map((i) => <NotForRegion key={i} why={words.noInhabitants} />)
              ) : (
                <>
                  {cell(r, 'actualPer10k', n1(r.actualPer10k))}
                  {cell(r, 'fairPer10k', n1(r.fairPer10k))}
                  {cell(r, 'surplusPer10k', <Difference value={r.surplusPer10k} locale={locale} />)}
                </>
              )}
              {earlierYear !== null &&
                (r.earlier ? (
                  <FigureCell where={r.code} path={path('earlier.actual')} col="earlier">
                    {n(r.earlier.actual)}
                  </FigureCell>
                ) : (
                  <NotForRegion why={words.noEarlier} />
                ))}
              {withAfter && (
                <>
                  <FigureCell where={r.code} path={path('placed')} col="placed" className="after-start">
                    {formatSigned(r.placed, 1, locale)}
                  </FigureCell>
                  {cell(r, 'actualAfter', n(r.actualAfter))}
                  {cell(r, 'surplusAfter', <Difference value={r.surplusAfter} locale={locale} />)}
                  {r.surplusAfterPer10k === null ? <NotForRegion why={words.noInhabitants} /> : cell(r, 'surplusAfterPer10k', <Difference value={r.surplusAfterPer10k} locale={locale} />)}
                </>
              )}
            </tr>
          ))}
          <tr className="total" data-gemeente={REGION}>
            <th scope="row">{words.region}</th>
            <FigureCell where={REGION} path={path('total')} col="actual">
              {n(t.total)}
            </FigureCell>
            <FigureCell where={REGION} path={path('total')} col="fair" title={words.regionFair}>
              {n(t.total)}
            </FigureCell>
            {[0, 1, 2, 3].map((i) => (
              <NotForRegion key={i} why={words.regionNoDifference} />
            ))}
            {earlierYear !== null && <NotForRegion why={words.regionEarlier} />}
            {withAfter && (
              <>
                <FigureCell where={REGION} path={path('placed')} col="placed" className="after-start">
                  {formatSigned(t.placed, 1, locale)}
                </FigureCell>
                <FigureCell where={REGION} path={path('totalAfter')} col="actualAfter">
                  {n(t.totalAfter)}
                </FigureCell>
                <NotForRegion why={words.regionNoDifference} />
                <NotForRegion why={words.regionNoDifference} />
              </>
            )}
          </tr>
        </tbody>
      </table>
      <p className="note ledger-legend">
        {words.legend} {t.type === ALL_TYPES ? words.weightedNote : ''}
      </p>
    </div>
  );
}
