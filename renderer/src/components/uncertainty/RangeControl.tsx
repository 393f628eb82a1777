import { useMemo } from 'react';
import { optionLabel, readParam, type Assumption } from '../../../../shared/scenario/assumptions';
import type { RangeDefault } from '../../../../shared/scenario/assumptionMeta';
import { defaultRange } from '../../../../shared/scenario/uncertainty';
import { likelyFromData } from '../../../../shared/uncertainty/inputs';
import type { ScenarioParams } from '../../../../shared/scenario/schema';
import { texts } from '../../../../shared/i18n/catalogue';
import { formatNumber, formatPercent, type Locale } from '../../../../shared/format/nl';
import { useBundle } from '../../state/AppState';
import { NumberField } from '../fields';
import { withAlternatives, withRange, type SetUncertainty } from './edit';
import './uncertainty.css';

type Props = { a: Assumption; params: ScenarioParams; readOnly: boolean; locale: Locale; setUncertainty: SetUncertainty; label: string };

/** A share as the editor shows it: whole percentages, one decimal where the value has one. */
function percent(v: number, locale: Locale): string {
  const tenths = Math.round(v * 1000);
  return formatPercent(v, tenths % 10 === 0 ? 0 : 1, locale);
}

function shown(a: Assumption, v: number, locale: Locale): string {
  return a.kind.type === 'share' ? percent(v, locale) : formatNumber(v, 2, locale);
}

/** The bounds a range of this assumption stays inside: its own field's. */
function bounds(a: Assumption): { min: number; max: number } {
  if (a.kind.type === 'share') return { min: 0, max: 1 };
  if (a.kind.type === 'number' || a.kind.type === 'year') return { min: a.kind.min, max: a.kind.max };
  return { min: 0, max: Infinity };
}

/** The likely value: the assumption's own, or for "from the data" (null) the dataset's figure. */
function useLikely(a: Assumption, params: ScenarioParams, value: unknown): number | null {
  const bundle = useBundle();
  const fromData = a.range?.likelyFromData === true && value === null;
  const figure = useMemo(() => (fromData ? likelyFromData(bundle.dataset, params)(a.key) : null), [fromData, bundle.dataset, params.dataOverrides, a.key]);
  return typeof value === 'number' ? value : figure;
}

/**
 * Beside a number that can carry a range (MODEL §5.6): "Bandbreedte", off by default; on, the range
 * offered first (`defaultRange`) with a low and a high field in the value's own unit. The likely
 * value is the value itself; switching it off removes the range from the scenario.
 */
export function RangeControl({ a, params, readOnly, locale, setUncertainty, label }: Props) {
  const t = texts(locale).uncertaintyEditor.range;
  const value = readParam(params, a.key);
  const likely = useLikely(a, params, value);
  const range = params.uncertainty.ranges[a.key];
  const meta = a.range;
  if (!meta) return null;
  const at = ['uncertainty', 'ranges', a.key];
  const share = a.kind.type === 'share';
  const { min, max } = bounds(a);
  if (readOnly) {
    return range ? (
      <span className="uncertainty-control readonly" data-testid={`range-${a.key}`}>
        {t.readOnly(shown(a, range.low, locale), shown(a, range.high, locale))}
        {/* The value reads "–" when it is the dataset's figure: say which figure the range lies around. */}
        {value === null && likely !== null && <span className="range-likely">{t.likely(shown(a, likely, locale))}</span>}
      </span>
    ) : null;
  }
  const toggle = (on: boolean) => {
    if (!on) return setUncertainty(`uncertainty.ranges[${a.key}].on`, withRange(params.uncertainty, a.key, undefined), at);
    if (likely === null) return null;
    return setUncertainty(`uncertainty.ranges[${a.key}].on`, withRange(params.uncertainty, a.key, defaultRange(meta, likely, min, max)), at);
  };
  const setBound = (which: 'low' | 'high') => (v: number | null) => {
    if (v === null || !range) return null;
    return setUncertainty(`uncertainty.ranges[${a.key}].${which}`, withRange(params.uncertainty, a.key, { ...range, [which]: v }), at);
  };
  return (
    <span className={`uncertainty-control ${range ? 'on' : ''}`}>
      <label className="check" title={likely === null ? t.needsValue : t.toggleTitle}>
        <input type="checkbox" checked={range !== undefined} disabled={likely === null && range === undefined} onChange={(e) => toggle(e.target.checked)} data-testid={`range-toggle-${a.key}`} />
        {t.toggle}
      </label>
      {likely === null && range === undefined && <span className="range-likely">{t.needsValueShort}</span>}
      {range && (
        <span className="range-fields">
          <span className="range-bound">
            <span className="range-word">{t.low}</span>
            <NumberField compact label={t.lowOf(label)} value={range.low} percent={share} min={min} max={max} locale={locale} onChange={setBound('low')} testId={`range-low-${a.key}`} />
          </span>
          <span className="range-bound">
            <span className="range-word">{t.high}</span>
            <NumberField compact label={t.highOf(label)} value={range.high} percent={share} min={min} max={max} locale={locale} onChange={setBound('high')} testId={`range-high-${a.key}`} />
          </span>
          {likely !== null && <span className="range-likely">{t.likely(shown(a, likely, locale))}</span>}
        </span>
      )}
    </span>
  );
}

/** The size of the range offered first, in words: "± 25 %", "± 5 procentpunt", "× 0,9 tot 1,2". */
function spreadText(meta: RangeDefault, share: boolean, locale: Locale): string {
  const t = texts(locale).uncertaintyEditor.range.spread;
  if ('relative' in meta) {
    const [lo, hi] = meta.relative;
    return Math.abs(1 - lo - (hi - 1)) < 1e-9 ? t.relative(percent(hi - 1, locale)) : t.factor(formatNumber(lo, 2, locale), formatNumber(hi, 2, locale));
  }
  return share ? t.points(formatNumber(meta.spread * 100, 1, locale)) : t.plain(formatNumber(meta.spread, 2, locale));
}

/** Under a range: why the range offered first is what it is. */
export function RangeHint({ a, params, locale }: { a: Assumption; params: ScenarioParams; locale: Locale }) {
  if (!a.range || !params.uncertainty.ranges[a.key]) return null;
  const text = texts(locale).uncertaintyEditor.range.basis[a.range.basis](spreadText(a.range, a.kind.type === 'share', locale));
  return (
    <p className="range-basis" data-testid={`range-basis-${a.key}`}>
      {text}
    </p>
  );
}

/**
 * Beside a choice that can be left open (the need source): "Open laten", and when on a weight
 * per option (1 and 1 at first); each draw then picks an option by weight.
 */
export function AlternativesToggle({ a, params, readOnly, locale, setUncertainty }: Omit<Props, 'label'>) {
  const t = texts(locale).uncertaintyEditor.alternatives;
  const weights = params.uncertainty.alternatives[a.key];
  if (!a.alternatives || a.kind.type !== 'enum') return null;
  const kind = a.kind;
  if (readOnly) {
    return weights ? (
      <span className="uncertainty-control readonly" data-testid={`alternatives-${a.key}`}>
        {t.readOnly(
          Object.entries(weights)
            .map(([o, w]) => `${optionLabel(kind, o, locale)} ${formatNumber(w, 2, locale)}`)
            .join(' · '),
        )}
      </span>
    ) : null;
  }
  const options = kind.options.filter((o) => o !== 'algemeen');
  const toggle = (on: boolean) =>
    setUncertainty(`uncertainty.alternatives[${a.key}].on`, withAlternatives(params.uncertainty, a.key, on ? Object.fromEntries(options.map((o) => [o, 1])) : undefined), ['uncertainty', 'alternatives', a.key]);
  return (
    <span className={`uncertainty-control ${weights ? 'on' : ''}`}>
      <label className="check" title={t.toggleTitle}>
        <input type="checkbox" checked={weights !== undefined} onChange={(e) => toggle(e.target.checked)} data-testid={`alternatives-toggle-${a.key}`} />
        {t.toggle}
      </label>
    </span>
  );
}

/** Under an open choice: the weight of each option. */
export function AlternativesWeights({ a, params, readOnly, locale, setUncertainty, label }: Props) {
  const t = texts(locale).uncertaintyEditor.alternatives;
  const weights = params.uncertainty.alternatives[a.key];
  if (readOnly || !weights || a.kind.type !== 'enum') return null;
  const kind = a.kind;
  const at = ['uncertainty', 'alternatives', a.key];
  const setWeight = (option: string) => (v: number | null) =>
    v === null ? null : setUncertainty(`uncertainty.alternatives[${a.key}].${option}`, withAlternatives(params.uncertainty, a.key, { ...weights, [option]: v }), at);
  return (
    <p className="alternative-weights" data-testid={`alternatives-weights-${a.key}`}>
      <span className="range-word">{t.weight}</span>
      {kind.options
        .filter((o) => o !== 'algemeen')
        .map((o) => (
          <span key={o} className="range-bound">
            <span>{optionLabel(kind, o, locale)}</span>
            <NumberField compact label={t.weightOf(label, optionLabel(kind, o, locale))} value={weights[o] ?? 0} min={0} max={100} locale={locale} onChange={setWeight(o)} testId={`alternatives-weight-${a.key}-${o}`} />
          </span>
        ))}
    </p>
  );
}
