import { useMemo } from 'react';
import { keyFindings } from '../../../shared/export/sections/summary';
import { texts } from '../../../shared/i18n/catalogue';
import type { Result } from '../../../shared/result/schema';
import { useBundle, useLocale, useOpenScenario, useParams } from '../state/AppState';

/**
 * The verdict at the top of Overzicht: the programme's and the elderly housing's position in
 * 2030 in sentences, by the same generator as the memo's key messages (shared/export/sections/
 * summary.ts), so the screen and the memo never tell it differently.
 */
export function Verdict({ result }: { result: Result }) {
  const locale = useLocale();
  const bundle = useBundle();
  const open = useOpenScenario();
  const params = useParams();
  const findings = useMemo(() => {
    const scenario = { id: open.id, name: open.name, description: open.description, params };
    return keyFindings({ scenarios: [scenario], results: [result], main: result, dataset: bundle.dataset, findings: bundle.findings, locale, words: texts(locale).report });
  }, [open, params, result, bundle, locale]);
  const lines = [findings.programme, findings.elderly].filter((t): t is string => t !== null);
  if (lines.length === 0) return null;
  return (
    <p className="verdict" data-testid="verdict">
      {lines.join(' ')}
    </p>
  );
}
