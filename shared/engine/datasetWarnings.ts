import type { GemeenteResult, Warning } from '../result/schema';
import { HOUSING_TYPES, type ScenarioParams } from '../scenario/schema';
import { formatNumber } from '../format/nl';
import type { EngineInputs } from './inputs';

/** Caveats about the data behind this result, worded for the analyst reading it. */
export function datasetWarnings(inputs: EngineInputs, gemeenten: GemeenteResult[], params: ScenarioParams): Warning[] {
  const warnings: Warning[] = [];
  const estimatedYears = [...new Set(gemeenten.flatMap((g) => g.programme?.path.filter((p) => p.realisedEstimated).map((p) => p.year) ?? []))].sort();
  if (estimatedYears.length > 0) {
    warnings.push({
      code: 'realisedSplitEstimated',
      message: `De realisatie over ${estimatedYears.join(', ')} is gegeven als meerjarig totaal; de verdeling over de jaren in het pad is een schatting (gelijk verdeeld).`,
    });
  }
  if (gemeenten.some((g) => g.affordable)) {
    warnings.push({
      code: 'affordableLowerBound',
      message: 'Gerealiseerd betaalbaar = S+M app: telt alleen appartementen en is dus een ondergrens.',
    });
  }
  for (const t of HOUSING_TYPES) {
    const text = inputs.region.needText[t];
    const tableSum = inputs.gemeenten.reduce((s, g) => s + (g.need[t] ?? 0), 0);
    if (text === null || Math.abs(text - tableSum) < 0.5) continue;
    const used = params.elderly.needSource === 'regioTekst' ? 'de tekst (naar rato verdeeld)' : 'de gemeentetabel';
    warnings.push({
      code: 'needSourcesDisagree',
      message: `Behoefte ${t}: de gemeentetabel telt op tot ${formatNumber(tableSum)}, de tekst noemt ${formatNumber(text)}. Dit scenario gebruikt ${used}.`,
    });
  }
  if (params.programme.paceMode === 'pipeline' && inputs.gemeenten.every((g) => g.projects.length === 0)) {
    warnings.push({
      code: 'pipelineEmpty',
      message: 'Bouwtempo "pijplijn", maar het projectenregister is leeg: in dit scenario komt er na het basisjaar niets meer bij. Voeg projecten toe (Projecten) of kies een ander bouwtempo.',
    });
  }
  return warnings;
}
