import { useMemo } from 'react';
import { sourceLine } from '../../../../shared/charts/sources';
import { extractInputs, SERIES } from '../../../../shared/engine/inputs';
import { formatNumber, formatPercent } from '../../../../shared/format/nl';
import type { LedgerType } from '../../../../shared/result/ledger';
import { FairShareKey } from '../../../../shared/scenario/schema';
import { useBundle, useLocale, useMessages, useNotify, useParams, useResult } from '../../state/AppState';
import { NumberField } from '../fields';
import { SourceLine } from '../SourceLine';
import { FigureCell } from './FigureCell';
import { useScenarioEdit } from './useScenarioEdit';

/**
 * The key of the fair shares (solidarity.key, an assumption) and, beside each gemeente, the inputs
 * its share follows from: its inhabitants, its social-rent share, or its own weight (editable here).
 * So an alderman who disputes a share can dispute the input rather than the outcome.
 */
export function FairShareKeyPanel({ type: t }: { type: LedgerType }) {
  const locale = useLocale();
  const { solidarity, assumptions, terms } = useMessages();
  const words = solidarity.key;
  const bundle = useBundle();
  const result = useResult();
  const params = useParams();
  const notify = useNotify();
  const { editable, set } = useScenarioEdit();
  const key = params.solidarity.key;
  const inputs = useMemo(() => new Map(extractInputs(bundle.dataset).gemeenten.map((g) => [g.code, g])), [bundle.dataset]);
  const series = key === 'socialRent' ? [SERIES.population, SERIES.socialRentShare] : [SERIES.population];
  const choose = (value: string) => {
    const refusal = set('solidarity.key', value);
    if (refusal) notify({ kind: 'error', text: refusal.message });
  };
  return (
    <section className="card key-panel" aria-labelledby="key-heading" data-testid="key-panel">
      <h3 id="key-heading">{words.heading}</h3>
      <p className="note">{words.intro}</p>
      <label className="inline-label">
        <span>{assumptions.solidarityKey.label}</span>{' '}
        {editable ? (
          <select value={key} onChange={(e) => choose(e.target.value)} data-testid="solidarity-key">
            {FairShareKey.options.map((k) => (
              <option key={k} value={k}>
                {terms.fairShareKey[k]}
              </option>
            ))}
          </select>
        ) : (
          <strong data-testid="solidarity-key">{terms.fairShareKey[key]}</strong>
        )}
      </label>
      <div className="table-wrap">
      <table className="results compact">
        <thead>
          <tr>
            <th scope="col">{solidarity.ledger.gemeente}</th>
            <th scope="col">{words.inhabitants}</th>
            {key === 'socialRent' && <th scope="col">{words.socialRentShare}</th>}
            {key === 'custom' && <th scope="col">{words.ownWeight}</th>}
            {key === 'equal' && <th scope="col">{words.equalWeight}</th>}
            <th scope="col">{words.share}</th>
          </tr>
        </thead>
        <tbody>
          {t.rows.map((r) => {
            const g = inputs.get(r.code);
            const own = params.solidarity.customWeights[r.code] ?? null;
            return (
              <tr key={r.code} data-gemeente={r.code}>
                <th scope="row">{r.name}</th>
                {r.inhabitants === null ? (
                  <td className="nodata">–</td>
                ) : (
                  <FigureCell where={r.code} path={`ledger.${t.type}.inhabitants`} col="inhabitants">
                    {formatNumber(r.inhabitants, 0, locale)}
                  </FigureCell>
                )}
                {key === 'socialRent' && <td data-col="socialRentShare">{formatPercent(g?.socialRentShare == null ? null : g.socialRentShare / 100, 1, locale)}</td>}
                {key === 'custom' && (
                  <td data-col="ownWeight">
                    {editable ? (
                      <NumberField compact label={words.ownWeightOf(r.name)} value={own} min={0} max={1_000_000} nullable locale={locale} onChange={(v) => set(`solidarity.customWeights.${r.code}`, v ?? undefined)?.message ?? null} testId={`own-weight-${r.code}`} />
                    ) : (
                      formatNumber(own, 2, locale)
                    )}
                  </td>
                )}
                {key === 'equal' && <td>1</td>}
                <FigureCell where={r.code} path={`ledger.${t.type}.weight`} col="weight">
                  {formatPercent(r.weight, 1, locale)}
                </FigureCell>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
      {key === 'custom' && <p className="note">{words.emptyIsZero}</p>}
      <SourceLine text={sourceLine(bundle.dataset, series, result.scenarioName, locale)} />
    </section>
  );
}
