import type { Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import { say } from '../i18n/coded';
import { SOURCE_TEXT_PARAMS } from './codes';

type Message = { readonly code: string; readonly params: object };

/** A finding's title and message in one language: what the screens, the documents and the command line show. */
export function findingText(locale: Locale, finding: Message): { title: string; message: string } {
  const t = texts(locale).findings;
  return { title: say(t.title, finding), message: say(t.message, finding) };
}

/** What a figure is in a finding ("gedrukt totaal", "rij Huizen"). */
export function figureRoleText(locale: Locale, role: Message): string {
  return say(texts(locale).findings.role, role);
}

/** The source text a finding quotes (a place in a document, a note): Dutch in any language, to be marked as such. */
export function findingSourceText(finding: { readonly params: object }): string[] {
  const params = finding.params as Record<string, unknown>;
  const texts = SOURCE_TEXT_PARAMS.map((k) => params[k]).filter((v): v is string => typeof v === 'string' && v !== '');
  // A quote may be shown without its closing full stop ("…gelijk bleef"): that is the same source text.
  return [...texts, ...texts.filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1))];
}
