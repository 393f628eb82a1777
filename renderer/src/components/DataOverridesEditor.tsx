import { assumptionWords, type Assumption } from '../../../shared/scenario/assumptions';
import { formatNumber } from '../../../shared/format/nl';
import { findingText } from '../../../shared/checks/findingText';
import { useBundle, useLocale, useMessages, useParams } from '../state/AppState';
import { NumberField } from './fields';
import { MethodLink } from './HelpLink';

/**
 * MODEL.md §4: where a consistency check fails, the printed figure stays the default and the
 * analyst can choose the other reading in a scenario. Offers every figure that takes part in a
 * contradiction, with the alternative the finding suggests.
 */
export function DataOverridesEditor({ assumption, readOnly, set }: { assumption: Assumption; readOnly: boolean; set: (path: string, v: unknown) => string | null }) {
  const bundle = useBundle();
  const params = useParams();
  const locale = useLocale();
  const { editor, tables } = useMessages();
  const t = editor.overrides;
  const nl = locale === 'nl-NL';
  const byId = new Map(bundle.dataset.figures.map((f) => [f.id, f]));
  const candidates = new Map<string, { findingTitle: string; suggested: number | null }>();
  for (const finding of bundle.findings.filter((f) => f.severity === 'contradiction')) {
    for (const ff of finding.figures) {
      if (!byId.has(ff.figureId) || candidates.has(ff.figureId)) continue;
      // A row that should equal an expected value (ratio, printed total) gets that as suggestion.
      candidates.set(ff.figureId, { findingTitle: findingText(locale, finding).title, suggested: finding.figures.length <= 2 ? finding.expected : null });
    }
  }
  for (const id of Object.keys(params.dataOverrides)) if (!candidates.has(id)) candidates.set(id, { findingTitle: '', suggested: null });
  return (
    <div className="assumption" data-key="dataOverrides">
      <div className="assumption-head">
        <span className="assumption-label">{assumptionWords(assumption, locale).label}</span>
      </div>
      <p className="explanation">
        {assumptionWords(assumption, locale).explanation} <MethodLink reference={assumption.method} locale={locale} />
      </p>
      <details className="per-gemeente" open={Object.keys(params.dataOverrides).length > 0}>
        <summary>
          {t.summary}
          {Object.keys(params.dataOverrides).length > 0 ? ` (${Object.keys(params.dataOverrides).length})` : ''}
        </summary>
        <table className="results compact wrap">
          <thead>
            <tr>
              <th>{t.figure}</th>
              <th>{t.source}</th>
              <th>{t.printed}</th>
              <th>{t.thisScenario}</th>
            </tr>
          </thead>
          <tbody>
            {[...candidates].map(([id, c]) => {
              const f = byId.get(id);
              const g = f?.gemeente ? bundle.dataset.gemeenten.find((x) => x.code === f.gemeente)?.name : tables.region;
              const series = bundle.series.find((s) => s.id === f?.series);
              return (
                <tr key={id} title={c.findingTitle}>
                  <th scope="row">
                    {(nl ? series?.label : series?.labelEn) ?? id} · {g}
                  </th>
                  <td>
                    {f ? (
                      <>
                        {f.source.document} · <span lang="nl">{f.source.place.split(',')[0] ?? ''}</span>
                      </>
                    ) : (
                      t.unknownFigure
                    )}
                  </td>
                  <td>{formatNumber(f?.value ?? null, 2, locale)}</td>
                  <td>
                    {readOnly ? (
                      formatNumber(params.dataOverrides[id] ?? null, 2, locale)
                    ) : (
                      <NumberField
                        compact
                        label={`${(nl ? series?.label : series?.labelEn) ?? id} ${g ?? ''}`}
                        value={params.dataOverrides[id] ?? null}
                        nullable
                        min={0}
                        max={100_000_000}
                        emptyText={c.suggested !== null ? t.suggestion(formatNumber(c.suggested, 2, locale)) : t.printedPlaceholder}
                        locale={locale}
                        onChange={(v) => set(`dataOverrides.${id}`, v ?? undefined)}
                        testId={`override-${id}`}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </div>
  );
}
