import { useState } from 'react';
import { say } from '../../../shared/i18n/coded';
import { ALL_TYPES } from '../../../shared/result/ledger';
import { SourceLine } from '../components/SourceLine';
import { Advisor } from '../components/solidarity/Advisor';
import { BuiltinNotice } from '../components/solidarity/BuiltinNotice';
import { LedgerChart } from '../components/solidarity/LedgerChart';
import { LedgerTable } from '../components/solidarity/LedgerTable';
import { ledgerSourceLine } from '../components/solidarity/ledgerSources';
import { FairShareKeyPanel } from '../components/solidarity/FairShareKeyPanel';
import { Placements } from '../components/solidarity/Placements';
import { PlannedChanges } from '../components/solidarity/PlannedChanges';
import { SolidarityMore } from '../components/solidarity/SolidarityMore';
import { TypeWeights } from '../components/solidarity/TypeWeights';
import { useBundle, useLocale, useMessages, useResult } from '../state/AppState';

/**
 * Solidariteit (issue 10, MODEL §5.4): who carries which part of the region's facilities. The
 * ledger of the chosen type with its key and the inputs behind each share, its chart, the type
 * weights, the scenario's planned placements and those the sources name, and the advisor.
 */
export function Solidariteit() {
  const result = useResult();
  const bundle = useBundle();
  const locale = useLocale();
  const { solidarity: words, screens, warnings } = useMessages();
  const { ledger } = result;
  const all = ledger.combined ? [...ledger.types, ledger.combined] : ledger.types;
  const [chosen, setChosen] = useState<string>(() => ledger.types[0]?.type ?? ALL_TYPES);
  const type = all.find((t) => t.type === chosen) ?? all[0];
  const gemeenten = (type?.rows ?? []).map((r) => ({ code: r.code, name: r.name }));
  const counted = ledger.placements.filter((p) => p.counted);
  const withAfter = type !== undefined && counted.some((p) => type.type === ALL_TYPES || p.type === type.type);
  const label = (t: { label: string; labelEn: string }) => (locale === 'nl-NL' ? t.label : t.labelEn);
  return (
    <div className="screen solidarity-screen" data-testid="screen-solidariteit">
      <h2>{screens.solidariteit}</h2>
      <p className="lead">{words.lead}</p>
      <BuiltinNotice />
      {type && (
        <>
          <div className="toolbar">
            <label className="inline-label">
              <span>{words.chooser}</span>{' '}
              <select value={type.type} onChange={(e) => setChosen(e.target.value)} data-testid="ledger-type">
                {all.map((t) => (
                  <option key={t.type} value={t.type}>
                    {label(t)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <section aria-labelledby="ledger-caption">
            <LedgerTable type={type} withAfter={withAfter} />
            <p className="note">{words.ledger.clickHint}</p>
            <SourceLine text={ledgerSourceLine(bundle.dataset, type, ledger.types, result.scenarioName, locale)} />
          </section>
          {ledger.warnings.length > 0 && (
            <details className="warnings" data-testid="ledger-warnings">
              <summary>
                {words.warnings} ({ledger.warnings.length})
              </summary>
              <ul>
                {ledger.warnings.map((w, i) => (
                  <li key={`${w.code}-${i}`}>{say(warnings, w)}</li>
                ))}
              </ul>
            </details>
          )}
          <div className="grid-2">
            <LedgerChart type={type} types={ledger.types} />
            <FairShareKeyPanel type={type} />
          </div>
          <TypeWeights types={ledger.types} />
          <Placements ledger={ledger} gemeenten={gemeenten} onPlaced={setChosen} />
          <PlannedChanges types={ledger.types} gemeenten={gemeenten} onPlaced={setChosen} />
          <Advisor types={ledger.types} initialType={ledger.types.find((t) => t.type === chosen)?.type ?? ledger.types[0]?.type ?? ''} onPlaced={setChosen} />
          <SolidarityMore type={type} types={ledger.types} />
        </>
      )}
    </div>
  );
}
