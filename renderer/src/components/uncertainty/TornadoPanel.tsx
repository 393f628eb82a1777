import { useId, useMemo, useState } from 'react';
import { splitBars, tornadoChart } from '../../../../shared/charts/tornadoChart';
import { figureValue } from '../../../../shared/explain/context';
import { figureName } from '../../../../shared/explain/render';
import type { Tornado } from '../../../../shared/result/uncertainty';
import { HEADLINE_FIGURES, tornado } from '../../../../shared/uncertainty/tornado';
import { PlotlyChart } from '../../charts/PlotlyChart';
import { useBundle, useLocale, useMessages, useOpenScenario, useParams, useResult } from '../../state/AppState';

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * MODEL.md §5.6, sensitivity: which uncertain input moves a headline figure of `where` (`regio`
 * or a CBS code) most, one at a time with the full engine. A few engine runs per input, so it is
 * computed here as the screen renders. The chooser offers the headline figures this place has.
 */
export function TornadoPanel({ where, placeName }: { where: string; placeName: string }) {
  const bundle = useBundle();
  const locale = useLocale();
  const t = useMessages().uncertaintyPanels.tornado;
  const open = useOpenScenario();
  const params = useParams();
  const result = useResult();
  const selectId = useId();
  const figures = useMemo(() => HEADLINE_FIGURES.filter((path) => typeof figureValue(result, where, path) === 'number'), [result, where]);
  const [chosen, setChosen] = useState<string>(HEADLINE_FIGURES[0]);
  const path = figures.includes(chosen as (typeof figures)[number]) ? chosen : (figures[0] ?? null);
  const uncertain = Object.keys(params.uncertainty.ranges).length > 0 || Object.keys(params.uncertainty.alternatives).length > 0;
  const swings = useMemo((): Tornado | null => {
    if (!uncertain || path === null) return null;
    return tornado(bundle.dataset, { id: open.id, name: open.name, description: open.description, params }, { where, path });
  }, [uncertain, path, bundle.dataset, open.id, open.name, open.description, params, where]);
  const spec = useMemo(
    () => (swings && path ? tornadoChart(swings, capitalised(figureName(path, locale)), placeName, result.scenarioName, bundle.dataset, locale) : null),
    [swings, path, placeName, result.scenarioName, bundle.dataset, locale],
  );
  const shown = swings ? splitBars(swings).shown.length : 0;
  return (
    <section className="card uncertainty-panel" data-testid={`tornado-panel-${where}`} aria-labelledby={`${selectId}-heading`}>
      <h3 id={`${selectId}-heading`}>{t.heading}</h3>
      {!uncertain || path === null ? (
        <p className="note" data-testid="tornado-none">
          {t.none}
        </p>
      ) : (
        <>
          <label className="figure-chooser">
            {t.figure}{' '}
            <select id={selectId} value={path} onChange={(e) => setChosen(e.target.value)} data-testid="tornado-figure">
              {figures.map((p) => (
                <option key={p} value={p}>
                  {capitalised(figureName(p, locale))}
                </option>
              ))}
            </select>
          </label>
          {spec && shown > 0 ? (
            <PlotlyChart spec={spec} height={130 + 58 * shown} />
          ) : (
            <p className="note" data-testid="tornado-no-swing">
              {t.noSwing}
            </p>
          )}
        </>
      )}
    </section>
  );
}
