import type { ScenarioParams } from '../../../../shared/scenario/schema';
import { texts } from '../../../../shared/i18n/catalogue';
import { formatNumber, type Locale } from '../../../../shared/format/nl';
import { NumberField } from '../fields';
import type { SetUncertainty } from './edit';
import './uncertainty.css';

/**
 * The scenario's seed and number of draws (MODEL §5.6), stored with it so the same scenario always
 * gives the same bands; and what the bands are. Shown always, so the analyst finds where the
 * draws are set; without ranges or open choices it says there is nothing uncertain yet.
 */
export function UncertaintySection({ params, readOnly, locale, setUncertainty }: { params: ScenarioParams; readOnly: boolean; locale: Locale; setUncertainty: SetUncertainty }) {
  const t = texts(locale).uncertaintyEditor.section;
  const u = params.uncertainty;
  const ranges = Object.keys(u.ranges).length;
  const open = Object.keys(u.alternatives).length;
  const setInt = (name: 'seed' | 'draws') => (v: number | null) => (v === null ? null : setUncertainty(`uncertainty.${name}`, { ...u, [name]: v }, ['uncertainty', name]));
  return (
    <section className="card uncertainty-section" data-testid="uncertainty-section">
      <h3>{t.heading}</h3>
      <p className="explanation">{t.explanation}</p>
      <p className="uncertainty-count" data-testid="uncertainty-count">
        {ranges + open === 0 ? t.none : t.some(ranges, open)}
      </p>
      <div className="uncertainty-settings">
        <span className="range-bound">
          <span className="assumption-label-inline">{t.seed}</span>
          {readOnly ? (
            <span className="readonly-value">{String(u.seed)}</span>
          ) : (
            <NumberField compact label={t.seed} value={u.seed} min={1} max={2_147_483_647} locale={locale} onChange={setInt('seed')} testId="uncertainty-seed" />
          )}
        </span>
        <span className="range-bound">
          <span className="assumption-label-inline">{t.draws}</span>
          {readOnly ? (
            <span className="readonly-value">{formatNumber(u.draws, 0, locale)}</span>
          ) : (
            <NumberField compact label={t.draws} value={u.draws} min={100} max={100_000} locale={locale} onChange={setInt('draws')} testId="uncertainty-draws" />
          )}
        </span>
      </div>
    </section>
  );
}
