import type { Result } from '../../../shared/result/schema';
import { useMessages } from '../state/AppState';
import { say } from '../../../shared/i18n/coded';

/** The result's warnings, collapsed by default: they explain, they do not shout. */
export function Warnings({ result, gemeente }: { result: Result; gemeente?: string }) {
  const t = useMessages();
  const list = result.warnings.filter((w) => gemeente === undefined || w.gemeente === undefined || w.gemeente === gemeente);
  if (list.length === 0) return null;
  return (
    <details className="warnings" data-testid="warnings">
      <summary>
        {t.overview.warnings} ({list.length})
      </summary>
      <ul>
        {list.map((w, i) => (
          <li key={`${w.code}-${w.gemeente ?? ''}-${i}`}>{say(t.warnings, w)}</li>
        ))}
      </ul>
    </details>
  );
}
