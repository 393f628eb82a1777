import { useId, useMemo, useState } from 'react';
import type { z } from 'zod';
import { formatNumber } from '../../../../shared/format/nl';
import type { LedgerType } from '../../../../shared/result/ledger';
import { freePlacementId, placementFromPlanned, plannedChanges, type PlannedChange } from '../../../../shared/scenario/plannedPlacements';
import { PlanStatus } from '../../../../shared/dataset/schema';
import { parseNumberText } from '../../../../shared/scenario/setParam';
import { useBundle, useLocale, useMessages, useNotify } from '../../state/AppState';
import { Quoting } from '../Quoting';
import { placementIssueText } from './PlacementForm';
import { usePlacements } from './usePlacements';
import { useUnitWord } from './unitWord';

type Props = { types: readonly LedgerType[]; gemeenten: readonly { code: string; name: string }[]; onPlaced: (type: string) => void };

/**
 * "Geplande veranderingen uit de bronnen": the planned changes of the dataset with their status,
 * period and source, none of them counted until the analyst takes one into the scenario, in one
 * click, as a placement (MODEL §5.4). Where the source names no gemeente the analyst picks one;
 * where it counts locations, the analyst enters the units.
 */
export function PlannedChanges({ types, gemeenten, onPlaced }: Props) {
  const bundle = useBundle();
  const words = useMessages().solidarity.planned;
  const changes = useMemo(() => plannedChanges(bundle.dataset, types.map((t) => t.type)), [bundle.dataset, types]);
  if (changes.length === 0) return null;
  return (
    <section className="card planned" aria-labelledby="planned-heading" data-testid="planned-changes">
      <h3 id="planned-heading">{words.heading}</h3>
      <p className="note">{words.intro}</p>
      <div className="table-wrap">
        <table className="results wrap planned-table">
          <thead>
            <tr>
              {Object.entries(words.columns).map(([k, header]) => (
                <th key={k} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <PlannedRow key={c.figure.id} change={c} unit={types.find((t) => t.type === c.type)?.unit ?? ''} gemeenten={gemeenten} onPlaced={onPlaced} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function PlannedRow({ change: c, unit, gemeenten, onPlaced }: { change: PlannedChange; unit: string; gemeenten: readonly { code: string; name: string }[]; onPlaced: (type: string) => void }) {
  const locale = useLocale();
  const { solidarity } = useMessages();
  const words = solidarity.planned;
  const notify = useNotify();
  const id = useId();
  const { editable, list, put } = usePlacements();
  const [gemeente, setGemeente] = useState(c.figure.gemeente ?? '');
  const [units, setUnits] = useState(c.unitsFromAnalyst ? '' : String(c.figure.value));
  const [error, setError] = useState<string | null>(null);
  const what = locale === 'nl-NL' ? c.series.label : c.series.labelEn;
  const taken = list.some((p) => p.source === c.figure.id);
  const status = PlanStatus.safeParse(c.figure.variant);
  const period = c.figure.periodFrom === c.figure.periodTo ? String(c.figure.periodTo) : `${c.figure.periodFrom}–${c.figure.periodTo}`;
  const amount = c.figure.valueHigh != null ? words.range(formatNumber(c.figure.value, 0, locale), formatNumber(c.figure.valueHigh, 0, locale)) : formatNumber(c.figure.value, 0, locale);
  const unitWord = useUnitWord();
  const unitLabel = ` ${unitWord(c.series.unit)}`;

  const take = () => {
    const n = units.trim() === '' ? Number.NaN : (parseNumberText(units) ?? Number.NaN);
    const placement = placementFromPlanned(c, { id: freePlacementId(list), units: n, gemeente, label: `${what} (${c.figure.source.document} · ${c.figure.source.place})` });
    const issues = put(placement);
    if (!issues) {
      setError(null);
      notify({ kind: 'info', text: solidarity.placements.added(what) });
      if (c.type) onPlaced(c.type);
      return;
    }
    setError(issues.map((i: z.core.$ZodIssue) => (String(i.path.at(-1)) === 'gemeente' ? words.gemeenteNeeded : placementIssueText(i, solidarity.form))).join(' '));
  };

  return (
    <tr data-figure={c.figure.id}>
      <td>
        {what}
        {c.figure.note && (
          <div className="note" lang="nl">
            {c.figure.note}
          </div>
        )}
      </td>
      <td>
        {c.figure.gemeente !== null ? (
          (gemeenten.find((g) => g.code === c.figure.gemeente)?.name ?? c.figure.gemeente)
        ) : c.type && editable && !taken ? (
          <select value={gemeente} onChange={(e) => setGemeente(e.target.value)} aria-label={words.chooseGemeente(what)} data-testid={`planned-gemeente-${c.figure.id}`}>
            <option value="">{words.noGemeente}</option>
            {gemeenten.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name}
              </option>
            ))}
          </select>
        ) : (
          <span className="nodata">{words.noGemeente}</span>
        )}
      </td>
      <td>
        {amount}
        {unitLabel}
        {c.unitsFromAnalyst && c.type && editable && !taken && (
          <span className="units-entry">
            <input type="text" inputMode="numeric" value={units} onChange={(e) => setUnits(e.target.value)} aria-label={words.unitsFor(what, unitWord(unit))} aria-describedby={`${id}-hint`} data-testid={`planned-units-${c.figure.id}`} />
            <span id={`${id}-hint`} className="note">
              {words.locationsNeedUnits(unitWord(unit))}
            </span>
          </span>
        )}
      </td>
      <td>{period}</td>
      <td>{status.success ? solidarity.status[status.data] : (c.figure.variant ?? '')}</td>
      <td>
        <Quoting text={`${c.figure.source.document} · ${c.figure.source.place}`} quotes={[c.figure.source.place]} />
      </td>
      <td>
        {taken ? (
          <span className="badge in-force">✓ {words.taken}</span>
        ) : !c.type ? (
          <span className="note" title={words.notATypeTitle}>
            {words.notAType}
          </span>
        ) : editable ? (
          <button type="button" className="small" onClick={take} aria-label={words.takeOf(what)} data-testid={`planned-take-${c.figure.id}`}>
            {words.take}
          </button>
        ) : null}
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </td>
    </tr>
  );
}
