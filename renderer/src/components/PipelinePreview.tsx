import { paceSourceFor, scenarioPaceFor } from '../../../shared/engine/programme';
import type { Dataset } from '../../../shared/dataset/schema';
import type { Locale } from '../../../shared/format/nl';
import type { Result } from '../../../shared/result/schema';
import type { ScenarioParams } from '../../../shared/scenario/schema';
import { texts } from '../../../shared/i18n/catalogue';
import { pace } from './format';
import { closeOnEscape } from '../hooks/useFocusReturn';

export type PipelineCoverage = {
  withProjects: { code: string; name: string; projects: number }[];
  withoutProjects: { code: string; name: string; keeps: 'custom' | 'trend'; pace: number }[];
  noProgramme: string[];
};

/**
 * What choosing the pipeline pace would do per gemeente, by the engine's own rule
 * (shared/engine/programme.ts paceSourceFor): a gemeente with projects completing after its last
 * realisation year builds as the projects; one without keeps its custom pace if the scenario sets
 * one, otherwise its trend. The base year and current pace are the result's, so from the data.
 */
export function pipelineCoverage(dataset: Dataset, result: Result, params: ScenarioParams): PipelineCoverage {
  const mode = { ...params.programme, paceMode: 'pipeline' as const };
  const coverage: PipelineCoverage = { withProjects: [], withoutProjects: [], noProgramme: [] };
  for (const g of result.gemeenten) {
    const p = g.programme;
    if (!p) {
      coverage.noProgramme.push(g.name);
      continue;
    }
    // Projects completing in or before the base year are in the realisation figures: they do not count.
    const projects = dataset.projects.filter((x) => x.gemeente === g.code && x.completionYear > p.baseYear).length;
    const source = paceSourceFor(mode, g.code, projects > 0);
    if (source === 'pipeline') coverage.withProjects.push({ code: g.code, name: g.name, projects });
    else {
      const keeps = source === 'custom' ? 'custom' : 'trend';
      coverage.withoutProjects.push({ code: g.code, name: g.name, keeps, pace: scenarioPaceFor(mode, keeps, g.code, p.currentPace, p.requiredPace) ?? 0 });
    }
  }
  return coverage;
}

/**
 * Beside the pace choice: before the pipeline applies (with the buttons to apply it or not) and
 * while it does, which gemeenten build as their projects and which keep another pace. With the
 * buttons, Esc inside it is the cancel button.
 */
export function PipelinePreview({ coverage, locale, onApply, onCancel }: { coverage: PipelineCoverage; locale: Locale; onApply?: () => void; onCancel?: () => void }) {
  const t = texts(locale).editor.pipeline;
  return (
    <div className="pipeline-preview" data-testid="pipeline-preview" role="region" aria-label={t.heading} onKeyDown={onApply && onCancel ? closeOnEscape(onCancel) : undefined}>
      <strong>{t.heading}</strong>
      <p>{t.rule}</p>
      {coverage.withProjects.length === 0 && <p data-testid="pipeline-no-projects">{t.noProjects}</p>}
      <div className="pipeline-lists">
        {coverage.withProjects.length > 0 && (
          <div>
            <span className="pipeline-list-head">{t.withProjects}</span>
            <ul data-testid="pipeline-with-projects">
              {coverage.withProjects.map((g) => (
                <li key={g.code}>
                  {g.name}: {t.projects(g.projects)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {coverage.withoutProjects.length > 0 && (
          <div>
            <span className="pipeline-list-head">{t.withoutProjects}</span>
            <ul data-testid="pipeline-without-projects">
              {coverage.withoutProjects.map((g) => (
                <li key={g.code}>
                  {g.name}: {g.keeps === 'custom' ? t.keepsCustom(pace(g.pace, locale)) : t.keepsTrend(pace(g.pace, locale))}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {coverage.noProgramme.length > 0 && <p className="note">{t.noProgramme(coverage.noProgramme.join(', '))}</p>}
      {onApply && onCancel && (
        <div className="toolbar">
          <button type="button" onClick={onApply} data-testid="pipeline-apply">
            {t.apply}
          </button>
          <button type="button" onClick={onCancel} data-testid="pipeline-cancel">
            {t.cancel}
          </button>
        </div>
      )}
    </div>
  );
}
