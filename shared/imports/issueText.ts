import type { Locale } from '../format/nl';
import { texts } from '../i18n/catalogue';
import { say } from '../i18n/coded';
import { issueScope } from './issues';

type Issue = { readonly code: string; readonly params: object; readonly line: number | null; readonly column: string | null };

/** An import issue as one sentence, after the row and column it points at ("Rij 4, kolom "jaar": …"). */
export function importIssueText(locale: Locale, issue: Issue): string {
  const t = texts(locale).imports;
  const sentence = say(t.issue, issue);
  const scope = issueScope(issue.code);
  if (scope === 'cell' && issue.line !== null && issue.column !== null) return t.at.cell(issue.line, issue.column) + sentence;
  if (scope !== 'file' && issue.line !== null) return t.at.row(issue.line) + sentence;
  return sentence;
}

/** Words an issue quotes from the file or that the file must contain (column names, statuses): Dutch as a rule, in any language. */
export function importIssueSourceText(issue: Issue): string[] {
  const p = issue.params as Record<string, unknown>;
  const lists = [p.statuses, p.aliases, p.found].flatMap((v): unknown[] => (Array.isArray(v) ? v : []));
  return [issue.column, p.column, p.name, p.first, p.second, p.header, ...lists].filter((w): w is string => typeof w === 'string' && w !== '');
}
