import { useEffect, useId, useState } from 'react';
import { parseNumberText } from '../../../shared/scenario/setParam';
import { formatNumber, formatPercent, type Locale } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';

type NumberFieldProps = {
  label: string;
  value: number | null;
  /** Shown as a percentage (value × 100) when true. */
  percent?: boolean;
  min: number;
  max: number;
  nullable?: boolean;
  /** Placeholder when empty (e.g. "historisch"). */
  emptyText?: string;
  locale: Locale;
  /**
   * Takes a valid number; may return why the scenario refuses it (a rule spanning several
   * fields, such as shares of new build over 100 %), shown at this field like its own complaints.
   */
  onChange: (value: number | null) => unknown;
  testId?: string;
  compact?: boolean;
  /** Why the last save of this value was refused (the API's message), shown until the analyst types again. */
  refused?: Refused | null;
};

/** A refusal from the Node side: its message, `lang="nl"` when it is Dutch in a window of another language. */
export type Refused = { message: string; lang?: 'nl' };

const refusal = (answer: unknown): string | null => (typeof answer === 'string' ? answer : null);

function display(v: number | null, percent: boolean, locale: Locale): string {
  if (v === null) return '';
  // No thousands grouping in an input: "1.000" would read as one in Dutch.
  const text = String(percent ? Math.round(v * 100 * 1e6) / 1e6 : v);
  return locale === 'nl-NL' ? text.replace('.', ',') : text;
}

/**
 * A number typed the Dutch way ("1,25") or the English way ("1.25"). What the user types stays
 * in the field even when it is not (yet) valid; only a valid number reaches the scenario, and
 * the field says what is wrong, also when the scenario refuses it. Nothing typed is thrown away.
 */
export function NumberField({ label, value, percent = false, min, max, nullable = false, emptyText, locale, onChange, testId, compact, refused = null }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(() => display(value, percent, locale));
  const [error, setError] = useState<string | null>(null);

  // Follow outside changes (undo, redo, another scenario) unless the text already means this value.
  useEffect(() => {
    const parsed = text.trim() === '' ? null : parseNumberText(text);
    const current = parsed === null ? null : percent ? parsed / 100 : parsed;
    if (current === null ? value !== null : value === null || Math.abs(current - value) > 1e-12) {
      setText(display(value, percent, locale));
      setError(null);
    }
    // Only when the value from outside changes.
  }, [value]);

  const commit = (raw: string) => {
    const t = texts(locale).editor.field;
    setText(raw);
    if (raw.trim() === '') {
      if (nullable) setError(refusal(onChange(null)));
      else setError(t.enterNumber);
      return;
    }
    const n = parseNumberText(raw);
    if (n === null) {
      setError(t.notANumber(raw.trim()));
      return;
    }
    const v = percent ? n / 100 : n;
    if (v < min || v > max) {
      const lo = percent ? formatPercent(min, 0, locale) : formatNumber(min, 2, locale);
      const hi = percent ? formatPercent(max, 0, locale) : formatNumber(max, 2, locale);
      setError(t.range(lo, hi));
      return;
    }
    setError(refusal(onChange(v)));
  };

  // The field's own complaint about what is typed first; else the store's about the value it was sent.
  const shown = error ?? refused?.message ?? null;
  return (
    <span className={`field ${compact ? 'compact' : ''} ${shown ? 'invalid' : ''}`} data-app-undo>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={shown !== null}
        aria-describedby={shown ? `${id}-err` : undefined}
        value={text}
        placeholder={emptyText}
        onChange={(e) => commit(e.target.value)}
        data-testid={testId}
      />
      {percent && <span className="unit">%</span>}
      {shown && (
        <span id={`${id}-err`} className="field-error" role="alert" lang={error === null ? refused?.lang : undefined}>
          {shown}
        </span>
      )}
    </span>
  );
}

/**
 * A refusal at the field it concerns (shared/api/errors.ts): the input gets `aria-invalid` and is
 * described by the message, which is read out as it appears. Spread `invalidProps` on the input,
 * render `FieldError` right after it.
 */
export function invalidProps(errorId: string, message: string | null): { 'aria-invalid': boolean; 'aria-describedby'?: string } {
  return message === null ? { 'aria-invalid': false } : { 'aria-invalid': true, 'aria-describedby': errorId };
}

export function FieldError({ id, message, lang }: { id: string; message: string | null; lang?: string | undefined }) {
  if (message === null) return null;
  return (
    <span id={id} className="field-error" role="alert" data-testid="field-error" lang={lang}>
      {message}
    </span>
  );
}
