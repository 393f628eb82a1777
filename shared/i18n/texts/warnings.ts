import type { CodedTexts } from '../coded';
import { defineTexts } from '../define';
import { EN, NL, remainsAsShown } from '../format';
import type { WARNINGS } from '../../engine/warnings';
import { terms } from './terms';

const nlType = terms['nl-NL'].housingType;
const enType = terms['en-GB'].housingType;

const nlList = (names: string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`);
const enList = (names: string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
const nlSetting = { customPace: 'het eigen bouwtempo', paceMultiplier: 'de eigen tempofactor', newBuildShare: 'het eigen aandeel ouderengeschikte nieuwbouw', existingStock: 'de aanpassing van bestaande woningen' } as const;
const enSetting = { customPace: 'its own build pace', paceMultiplier: 'its own pace multiplier', newBuildShare: 'its own share of suitable new build', existingStock: 'adapting existing homes' } as const;

/** The engine's caveats (shared/engine/warnings.ts), one sentence per code. */
export const warnings = defineTexts<CodedTexts<typeof WARNINGS>>(
  {
    realisedSplitEstimated: (p) => `De realisatie over ${p.years.join(', ')} is gegeven als meerjarig totaal; de verdeling over de jaren in het pad is een schatting (gelijk verdeeld).`,
    affordableLowerBound: () => 'Gerealiseerd betaalbaar = S+M app: telt alleen appartementen en is dus een ondergrens.',
    needSourcesDisagree: (p) =>
      `Behoefte ${nlType[p.type]}: de gemeentetabel telt op tot ${NL.n(p.tableSum)}, de tekst noemt ${NL.n(p.text)}. Dit scenario gebruikt ${p.used === 'regioTekst' ? 'de tekst (naar rato verdeeld)' : 'de gemeentetabel'}.`,
    pipelineEmpty: () =>
      'Bouwtempo "pijplijn", maar het projectenregister is leeg: in dit scenario komt er na het basisjaar niets meer bij. Voeg projecten toe (Projecten) of kies een ander bouwtempo.',
    dataOverride: (p) => `Dit scenario rekent met ${NL.n(p.value, 2)} in plaats van ${NL.n(p.original, 2)} voor ${p.figureId} (${p.document} · ${p.place}).`,
    dataOverrideUnknown: (p) => `Het scenario vervangt cijfer ${p.figureId}, maar dat cijfer bestaat niet in de dataset; genegeerd.`,
    aandachtsgroepenNoLevel: () => 'De dataset geeft geen aantal woningen per jaar voor aandachtsgroepen en het scenario ook niet; de opgave telt als 0.',
    aandachtsgroepenNoRampStart: () => 'Geen uitstroomcijfer om de oploop bij te beginnen; het niveau geldt vanaf het startjaar.',
    weightDataMissing: (p) => (p.missing === 'population' ? `Geen inwonertal voor ${p.gemeente}; gewicht 0.` : `Geen inwonertal of aandeel sociale huur voor ${p.gemeente}; gewicht 0.`),
    weightsZero: () => 'Alle gewichten voor de verdeling van de aandachtsgroepen zijn 0; niemand krijgt een taak.',
    noProgramme: (p) => `${p.gemeente}: geen bouwprogramma in de dataset (bijv. niet in de Woondeal MRA).`,
    realisationDuplicate: (p) => `${p.gemeente}: twee realisatiecijfers voor ${p.year}; het eerste telt.`,
    realisationOverlap: (p) => `${p.gemeente}: realisatietotaal ${p.from}–${p.to} overlapt met een ander meerjarig totaal en is niet meegeteld.`,
    realisationInconsistent: (p) => `${p.gemeente}: het realisatietotaal ${p.from}–${p.to} (${NL.n(p.total, 1)}) wijkt af van de jaarcijfers binnen die periode (${NL.n(p.yearly, 1)}); de jaarcijfers tellen.`,
    realisationGap: (p) => `${p.gemeente}: geen realisatiecijfer voor ${p.year}; dat jaar telt als 0.`,
    affordableCappedByTotal: (p) =>
      `${p.gemeente}: het betaalbare segment vraagt ${NL.n(p.required, 1)} woningen per jaar, meer dan het totale tempo van ${NL.n(p.total, 1)}; het betaalbare tempo is daarop begrensd.`,
    elderlyNeedMissing: (p) => `${p.gemeente}: geen behoefte aan ${nlType[p.type]} bekend; telt als 0.`,
    pipelinePartial: (p) =>
      `Bouwtempo "pijplijn": het projectenregister heeft projecten na het basisjaar voor ${nlList(p.withProjects)}; alleen daar bepalen de projecten het tempo.` +
      (p.onTrend.length > 0 ? ` ${nlList(p.onTrend)} ${p.onTrend.length === 1 ? 'bouwt' : 'bouwen'} door in het huidige tempo (trend).` : '') +
      (p.onCustomPace.length > 0 ? ` ${nlList(p.onCustomPace)} ${p.onCustomPace.length === 1 ? 'houdt' : 'houden'} het eigen tempo uit het scenario.` : ''),
    customWeightMissing: (p) => `${p.gemeente}: geen eigen gewicht opgegeven bij de verdeelsleutel "eigen gewichten"; gewicht 0, dus geen taak. Geef een gewicht of sluit de gemeente uit.`,
    normZeroDenominator: (p) =>
      `${p.gemeente}: het aandeel voor de norm "${p.normLabel}" (${{ programme: 'programma', scenario: 'scenario', realised: 'gerealiseerd' }[p.measure]}) is niet te berekenen: het aantal woningen waarvan het een deel is, is 0.`,
    requiredShareAbove100: (p) =>
      `${p.gemeente}: de nieuwbouw in dit scenario tot ${p.year} (${NL.n(p.newBuild)} woningen) is kleiner dan wat de nieuwbouw voor ouderen moet leveren (${NL.n(p.needed)}): ook als alle nieuwbouw ouderengeschikt is, blijven er ${NL.n(remainsAsShown(p.needed, p.newBuild))} tekort. Het benodigde aandeel staat daarom op 100 %.`,
    settingWithoutEffect: (p) => `${p.gemeente}: ${nlSetting[p.setting]} telt niet mee, want ${p.reason === 'noProgramme' ? 'de gemeente heeft geen bouwprogramma' : 'de gemeente heeft geen behoeftecijfer voor ouderen'}.`,
    customPaceOverriddenByProjects: (p) =>
      `${p.gemeente}: het eigen bouwtempo (${NL.n(p.pace)} per jaar) telt niet mee: in de pijplijn bepalen de ${NL.n(p.projects)} projecten in het register het tempo.`,
    projectBeforeBaseYear: (p) =>
      `${p.gemeente}: project "${p.project}" (oplevering ${p.year}) telt in de pijplijn niet mee: opleveringen tot en met het basisjaar ${p.baseYear} zitten al in de realisatiecijfers.`,
    ledgerWeightsZero: () => 'Alle gewichten voor de verdeling van de voorzieningen zijn 0; niemand heeft een eerlijk deel.',
    ledgerCustomWeightMissing: (p) => `${p.gemeente}: geen eigen gewicht opgegeven bij de verdeelsleutel voor de voorzieningen; gewicht 0, dus geen eerlijk deel.`,
    ledgerNoInhabitants: (p) => `Geen inwonertal voor ${p.gemeente}: geen cijfers per 10.000 inwoners voor deze gemeente.`,
    placementUnknownType: (p) => `Plaatsing "${p.placement}": de soort voorziening "${p.type}" staat niet in de data; telt niet mee.`,
    placementUnknownGemeente: (p) => `Plaatsing "${p.placement}": ${p.code} is geen gemeente van de regio; telt niet mee.`,
    placementAfterHorizon: (p) => `Plaatsing "${p.placement}" (${p.year}) valt na de horizon ${p.horizon}; telt niet mee.`,
    placementBeforeMeasurement: (p) => `Plaatsing "${p.placement}" (${p.year}) ligt vóór de telling van ${p.measured}: ze kan daar al in zitten.`,
    placementRemovesMore: (p) => `${p.gemeente}: plaatsing "${p.placement}" haalt er ${NL.n(p.units, 0)} weg, maar er zijn er ${NL.n(p.present, 0)}; het aantal stopt bij 0.`,
  },
  {
    realisedSplitEstimated: (p) => `Completions for ${p.years.join(', ')} are given as a multi-year total; their split over the years in the path is an estimate (spread evenly).`,
    affordableLowerBound: () => 'Affordable completions = S+M app: counts apartments only, so it is a lower bound.',
    needSourcesDisagree: (p) =>
      `Need ${enType[p.type]}: the municipality table adds up to ${EN.n(p.tableSum)}, the text says ${EN.n(p.text)}. This scenario uses ${p.used === 'regioTekst' ? 'the text (spread pro rata)' : 'the municipality table'}.`,
    pipelineEmpty: () => 'Build pace "pipeline", but the project register is empty: in this scenario nothing is added after the base year. Add projects (Projects) or choose another build pace.',
    dataOverride: (p) => `This scenario uses ${EN.n(p.value, 2)} instead of ${EN.n(p.original, 2)} for ${p.figureId} (${p.document} · ${p.place}).`,
    dataOverrideUnknown: (p) => `The scenario replaces figure ${p.figureId}, but that figure does not exist in the dataset; ignored.`,
    aandachtsgroepenNoLevel: () => 'Neither the dataset nor the scenario gives a number of homes per year for vulnerable groups; the task counts as 0.',
    aandachtsgroepenNoRampStart: () => 'No outflow figure to start the ramp from; the level applies from the start year.',
    weightDataMissing: (p) => (p.missing === 'population' ? `No population for ${p.gemeente}; weight 0.` : `No population or social-rent share for ${p.gemeente}; weight 0.`),
    weightsZero: () => 'All weights for dividing the vulnerable-groups task are 0; nobody gets a task.',
    noProgramme: (p) => `${p.gemeente}: no build programme in the dataset (e.g. not part of the Woondeal MRA).`,
    realisationDuplicate: (p) => `${p.gemeente}: two completion figures for ${p.year}; the first counts.`,
    realisationOverlap: (p) => `${p.gemeente}: completion total ${p.from}–${p.to} overlaps another multi-year total and is not counted.`,
    realisationInconsistent: (p) => `${p.gemeente}: the completion total ${p.from}–${p.to} (${EN.n(p.total, 1)}) differs from the yearly figures within that period (${EN.n(p.yearly, 1)}); the yearly figures count.`,
    realisationGap: (p) => `${p.gemeente}: no completion figure for ${p.year}; that year counts as 0.`,
    affordableCappedByTotal: (p) =>
      `${p.gemeente}: the affordable segment needs ${EN.n(p.required, 1)} homes a year, more than the total pace of ${EN.n(p.total, 1)}; the affordable pace is capped at that.`,
    elderlyNeedMissing: (p) => `${p.gemeente}: no known need for ${enType[p.type]} homes; counts as 0.`,
    pipelinePartial: (p) =>
      `Build pace "pipeline": the project register has projects after the base year for ${enList(p.withProjects)}; only there do the projects set the pace.` +
      (p.onTrend.length > 0 ? ` ${enList(p.onTrend)} ${p.onTrend.length === 1 ? 'keeps' : 'keep'} building at the current pace (trend).` : '') +
      (p.onCustomPace.length > 0 ? ` ${enList(p.onCustomPace)} ${p.onCustomPace.length === 1 ? 'keeps its' : 'keep their'} own pace from the scenario.` : ''),
    customWeightMissing: (p) => `${p.gemeente}: no weight of its own under the key "custom weights"; weight 0, so no task. Give a weight or exclude the municipality.`,
    normZeroDenominator: (p) =>
      `${p.gemeente}: the share for the norm "${p.normLabelEn}" (${{ programme: 'programme', scenario: 'scenario', realised: 'realised' }[p.measure]}) cannot be computed: the number of homes it is a share of is 0.`,
    requiredShareAbove100: (p) =>
      `${p.gemeente}: new build in this scenario up to ${p.year} (${EN.n(p.newBuild)} homes) is less than what new build must supply for older people (${EN.n(p.needed)}): even if all new build suits older people, ${EN.n(remainsAsShown(p.needed, p.newBuild))} remain short. The required share is therefore shown as 100%.`,
    settingWithoutEffect: (p) => `${p.gemeente}: ${enSetting[p.setting]} does not count, because the municipality has ${p.reason === 'noProgramme' ? 'no build programme' : 'no need figure for older people'}.`,
    customPaceOverriddenByProjects: (p) =>
      `${p.gemeente}: its own build pace (${EN.n(p.pace)} a year) does not count: in the pipeline the ${EN.n(p.projects)} projects in the register set the pace.`,
    projectBeforeBaseYear: (p) =>
      `${p.gemeente}: project "${p.project}" (completion ${p.year}) does not count in the pipeline: completions up to the base year ${p.baseYear} are already in the realisation figures.`,
    ledgerWeightsZero: () => 'All weights for dividing the facilities are 0; nobody has a fair share.',
    ledgerCustomWeightMissing: (p) => `${p.gemeente}: no own weight given for the facilities key; weight 0, so no fair share.`,
    ledgerNoInhabitants: (p) => `No population for ${p.gemeente}: no figures per 10,000 inhabitants for this municipality.`,
    placementUnknownType: (p) => `Placement "${p.placement}": the facility type "${p.type}" is not in the data; not counted.`,
    placementUnknownGemeente: (p) => `Placement "${p.placement}": ${p.code} is not a municipality of the region; not counted.`,
    placementAfterHorizon: (p) => `Placement "${p.placement}" (${p.year}) falls after the horizon ${p.horizon}; not counted.`,
    placementBeforeMeasurement: (p) => `Placement "${p.placement}" (${p.year}) lies before the count of ${p.measured}: it may already be in it.`,
    placementRemovesMore: (p) => `${p.gemeente}: placement "${p.placement}" removes ${EN.n(p.units, 0)}, but there are ${EN.n(p.present, 0)}; the number stops at 0.`,
  },
);
