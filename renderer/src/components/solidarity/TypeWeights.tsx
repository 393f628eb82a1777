import { formatNumber } from '../../../../shared/format/nl';
import type { LedgerType } from '../../../../shared/result/ledger';
import { useLocale, useMessages, useParams } from '../../state/AppState';
import { NumberField } from '../fields';
import { FigureCell } from './FigureCell';
import { useScenarioEdit } from './useScenarioEdit';

/**
 * The weight of one place or unit of each type when all types are added together
 * (solidarity.typeWeights, an assumption, default 1): a Keerpunt unit is not a BW place. A value
 * the scenario refuses is said at its field and not stored.
 */
export function TypeWeights({ types }: { types: readonly LedgerType[] }) {
  const locale = useLocale();
  const words = useMessages().solidarity.typeWeights;
  const weights = useParams().solidarity.typeWeights;
  const { editable, set } = useScenarioEdit();
  return (
    <section className="card type-weights" aria-labelledby="type-weights-heading" data-testid="type-weights">
      <h3 id="type-weights-heading">{words.heading}</h3>
      <p className="note">{words.intro}</p>
      <div className="table-wrap">
      <table className="results compact">
        <thead>
          <tr>
            <th scope="col">{words.type}</th>
            <th scope="col">{words.weight}</th>
            <th scope="col">
              <span className="sr-only">{words.default}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {types.map((t) => {
            const label = locale === 'nl-NL' ? t.label : t.labelEn;
            const own = weights[t.type];
            return (
              <tr key={t.type} data-type={t.type}>
                <th scope="row">{label}</th>
                {editable ? (
                  <td>
                    <NumberField compact label={words.weightOf(label)} value={own ?? 1} min={0} max={100} locale={locale} onChange={(v) => set(`solidarity.typeWeights.${t.type}`, v ?? undefined)?.message ?? null} testId={`type-weight-${t.type}`} />
                  </td>
                ) : (
                  <FigureCell where="regio" path={`ledger.${t.type}.typeWeight`} col="typeWeight">
                    {formatNumber(t.typeWeight, 2, locale)}
                  </FigureCell>
                )}
                <td>
                  {own !== undefined && editable ? (
                    <button type="button" className="link small" onClick={() => set(`solidarity.typeWeights.${t.type}`, undefined)} aria-label={words.resetOf(label)}>
                      {words.reset}
                    </button>
                  ) : (
                    <span className="note">{words.default}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </section>
  );
}
