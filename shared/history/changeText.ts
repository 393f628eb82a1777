import type { Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import { say } from '../i18n/coded';
import { ANALYST_SOURCE } from './schema';
import type { Subject } from './subject';

/** What a change is about, in one language; a change whose states do not tell keeps its recorded (Dutch) label. */
export function changeLabel(locale: Locale, change: { readonly subject: Subject | null; readonly label: string }): string {
  return change.subject ? subjectText(locale, change.subject) : change.label;
}

export function subjectText(locale: Locale, subject: Subject): string {
  return say(texts(locale).history.subject, subject);
}

/** Who made a change: the analyst, or the imported file (its name, as it was). */
export function changeSource(locale: Locale, source: string): string {
  return source === ANALYST_SOURCE ? texts(locale).history.analyst : source;
}
