import { formatNumber } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import { facilityTypeName } from '../../../shared/i18n/facilityType';
import { assumptionWords, type Assumption } from '../../../shared/scenario/assumptions';
import type { ScenarioParams } from '../../../shared/scenario/schema';
import { useLocale, useResult } from '../state/AppState';
import { MethodLink } from './HelpLink';

/**
 * The two solidarity assumptions that are no single value (the weight per facility type, the
 * planned placements): in the editor they say what the scenario holds and where to edit them,
 * the Solidariteit screen, which shows the ledger they change beside them.
 */
export function SolidarityAssumption({ a, params }: { a: Assumption; params: ScenarioParams }) {
  const locale = useLocale();
  const ledger = useResult().ledger;
  const t = texts(locale).editor.solidarity;
  const words = assumptionWords(a, locale);
  const { typeWeights, placements } = params.solidarity;
  const changed = Object.entries(typeWeights).map(([type, w]) => `${facilityTypeName(type, locale)} ${formatNumber(w, 2, locale)}`);
  const summary = a.key === 'solidarity.placements' ? t.placements(placements.length, ledger.placements.filter((p) => p.counted).length) : changed.length > 0 ? t.typeWeights(changed) : t.allOne;
  const isChanged = a.key === 'solidarity.placements' ? placements.length > 0 : changed.length > 0;
  return (
    <div className={`assumption ${isChanged ? 'changed' : ''}`} data-key={a.key}>
      <div className="assumption-head">
        <span className="assumption-label">{words.label}</span>
        <span className="assumption-input" data-testid={`param-${a.key}`}>
          {summary}
        </span>
      </div>
      <p className="explanation">
        {words.explanation} {t.editOn} <MethodLink reference={a.method} locale={locale} />
      </p>
    </div>
  );
}
