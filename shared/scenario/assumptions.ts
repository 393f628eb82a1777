import type { ScenarioParams } from './schema';
import { PROJECT_STATUSES } from '../projects/schema';

/**
 * The catalogue of scenario assumptions (MODEL.md §5.1–5.3): what each one means, its unit
 * and default. The command line's `--set`, the scenario editor and the assumption tables of
 * the exports all read it, so an assumption is explained the same way everywhere.
 */
export type AssumptionKind =
  | { type: 'number'; min: number; max: number; step: number; nullable?: boolean }
  | { type: 'share'; nullable?: boolean }
  | { type: 'year'; min: number; max: number }
  | { type: 'enum'; options: readonly { value: string; label: string }[] }
  | { type: 'gemeenteList' };

export type Assumption = {
  /** Dotted path into ScenarioParams, e.g. `programme.paceMultiplier`. */
  key: string;
  section: 'programma' | 'pijplijn' | 'ouderen' | 'aandachtsgroepen' | 'algemeen';
  label: string;
  labelEn: string;
  unit: string;
  explanation: string;
  explanationEn: string;
  kind: AssumptionKind;
  /**
   * The per-gemeente variant, if the assumption has one: a record keyed by CBS code at `key`,
   * holding one value (or one per housing type) of `kind` (default: the assumption's kind).
   */
  perGemeente?: { key: string; perType: boolean; kind?: AssumptionKind; label: string };
  /** Model section, e.g. "§5.1". */
  method: string;
};

export const ASSUMPTIONS: readonly Assumption[] = [
  {
    key: 'horizon', section: 'algemeen', label: 'Horizon', labelEn: 'Horizon', unit: 'jaar', method: '§5',
    explanation: 'Laatste jaar dat wordt doorgerekend (paden en aandachtsgroepen). Het bouwprogramma en de ouderenbehoefte gelden voor 2030.',
    explanationEn: 'Last year calculated (paths and vulnerable groups). The build programme and the elderly need are for 2030.',
    kind: { type: 'year', min: 2030, max: 2040 },
  },
  {
    key: 'dataOverrides', section: 'algemeen', label: 'Alternatieve broncijfers', labelEn: 'Alternative source figures', unit: '', method: '§4',
    explanation: 'Waar de bronnen elkaar tegenspreken blijft het gedrukte cijfer de standaard; hier kiest het scenario per cijfer de andere lezing (bijv. Wijdemeren laag en midden 330 in plaats van 320). Sleutel: dataOverrides.<cijfer-id>.',
    explanationEn: 'Where the sources contradict each other the printed figure stays the default; here a scenario chooses the other reading per figure (e.g. Wijdemeren affordable 330 instead of 320). Key: dataOverrides.<figure id>.',
    kind: { type: 'number', min: 0, max: 100_000_000, step: 1 },
    perGemeente: undefined,
  },
  {
    key: 'programme.paceMode', section: 'programma', label: 'Bouwtempo', labelEn: 'Build pace', unit: '', method: '§5.1',
    explanation: 'Trend: het tempo van de gerealiseerde jaren × de factor. Programma: precies op koers voor het Woondeal-doel in 2030. Eigen: een aantal woningen per jaar per gemeente. Pijplijn: de projecten uit het projectenregister, gewogen met de kans per status.',
    explanationEn: 'Trend: the pace of the realised years × the multiplier. Programme: exactly on track for the Woondeal target in 2030. Custom: homes per year per municipality. Pipeline: the projects of the register, weighted by the probability per status.',
    kind: { type: 'enum', options: [ { value: 'trend', label: 'Trend' }, { value: 'programme', label: 'Op koers (programma)' }, { value: 'custom', label: 'Eigen tempo per gemeente' }, { value: 'pipeline', label: 'Pijplijn (projecten)' } ] },
  },
  {
    key: 'programme.paceMultiplier', section: 'programma', label: 'Tempofactor (trend)', labelEn: 'Pace multiplier (trend)', unit: '×', method: '§5.1',
    explanation: 'Vermenigvuldigt het huidige bouwtempo (realisatie per jaar sinds 2022). 1 = het tempo van 2022–2023 zet door.',
    explanationEn: 'Multiplies the current pace (completions per year since 2022). 1 = the pace of 2022–2023 continues.',
    kind: { type: 'number', min: 0, max: 5, step: 0.05 }, perGemeente: { key: 'programme.paceMultiplierByGemeente', perType: false, label: 'Tempofactor per gemeente' },
  },
  {
    key: 'programme.customPace', section: 'programma', label: 'Eigen bouwtempo', labelEn: 'Custom pace', unit: 'woningen per jaar', method: '§5.1',
    explanation: 'Alleen bij tempo "eigen": nieuwbouw per jaar per gemeente. Een gemeente zonder getal houdt haar huidige tempo.',
    explanationEn: 'Only with pace "custom": new build per year per municipality. A municipality without a number keeps its current pace.',
    kind: { type: 'number', min: 0, max: 100_000, step: 10 }, perGemeente: { key: 'programme.customPace', perType: false, label: 'Eigen bouwtempo per gemeente' },
  },
  ...PROJECT_STATUSES.map(
    (status): Assumption => ({
      key: `pipeline.probability.${status}`, section: 'pijplijn', label: `Kans op realisatie: ${status}`, labelEn: `Completion probability: ${status}`, unit: '%', method: '§5.5',
      explanation: `Aanname: het deel van de woningen van een project met status "${status}" dat in het verwachte opleverjaar wordt opgeleverd. Alleen bij bouwtempo "pijplijn".`,
      explanationEn: `Assumption: the share of the homes of a project with status "${status}" that is completed in its expected year. Only with pace "pipeline".`,
      kind: { type: 'share' },
    }),
  ),
  {
    key: 'elderly.needSource', section: 'ouderen', label: 'Bron ouderenbehoefte', labelEn: 'Elderly need source', unit: '', method: '§5.2',
    explanation: 'De gemeentetabel (004 Bijlage 2) of de regiocijfers uit de tekst (2.305 / 1.040 / 819), naar rato van de tabel over de gemeenten verdeeld. De bronnen spreken elkaar tegen; zie Data & bronnen.',
    explanationEn: 'The per-municipality table (004 Bijlage 2) or the regional figures of the text (2,305 / 1,040 / 819), spread over the municipalities in proportion to the table. The sources contradict each other; see Data & sources.',
    kind: { type: 'enum', options: [ { value: 'gemeenteTabel', label: 'Gemeentetabel (Bijlage 2)' }, { value: 'regioTekst', label: 'Regiocijfers uit de tekst, naar rato' } ] },
    perGemeente: { key: 'elderly.needOverrides', perType: true, kind: { type: 'number', min: 0, max: 1_000_000, step: 5 }, label: 'Eigen behoefte per gemeente en type (woningen)' },
  },
  {
    key: 'elderly.newBuildShare.nultreden', section: 'ouderen', label: 'Aandeel nieuwbouw nultreden', labelEn: 'Share of new build zero-step', unit: '%', method: '§5.2',
    explanation: 'Deel van de nieuwbouw dat geschikt is als nultredenwoning. Leeg = historisch aandeel (S+M app / realisatie). De regionale afspraak is minimaal 50 % (004 §5.1).',
    explanationEn: 'Share of new build suitable as a zero-step home. Empty = the historic share (S+M app / completions). The regional agreement is at least 50 % (004 §5.1).',
    kind: { type: 'share', nullable: true }, perGemeente: { key: 'elderly.newBuildShareByGemeente', perType: true, kind: { type: 'share' }, label: 'Aandeel nieuwbouw per gemeente en type' },
  },
  {
    key: 'elderly.newBuildShare.geclusterd', section: 'ouderen', label: 'Aandeel nieuwbouw geclusterd', labelEn: 'Share of new build clustered', unit: '%', method: '§5.2',
    explanation: 'Deel van de nieuwbouw dat als geclusterde woning wordt gebouwd. Standaard 0 %.',
    explanationEn: 'Share of new build built as clustered homes. Default 0 %.',
    kind: { type: 'share' },
  },
  {
    key: 'elderly.newBuildShare.zorggeschikt', section: 'ouderen', label: 'Aandeel nieuwbouw zorggeschikt', labelEn: 'Share of new build care-suited', unit: '%', method: '§5.2',
    explanation: 'Deel van de nieuwbouw dat zorggeschikt is (geclusterd, nabij een zorgsteunpunt). Standaard 0 %.',
    explanationEn: 'Share of new build that is care-suitable (clustered, near a care base). Default 0 %.',
    kind: { type: 'share' },
  },
  {
    key: 'elderly.existingStockPerYear', section: 'ouderen', label: 'Geschikt gemaakt in bestaande voorraad', labelEn: 'Made suitable in existing stock', unit: 'woningen per jaar', method: '§5.2',
    explanation: 'Woningen per jaar die in de bestaande voorraad geschikt worden (transformatie, doorstroming), per gemeente en type. Standaard 0.',
    explanationEn: 'Homes per year made suitable in the existing stock (transformation, moving on), per municipality and type. Default 0.',
    kind: { type: 'number', min: 0, max: 100_000, step: 5 }, perGemeente: { key: 'elderly.existingStockPerYear', perType: true, label: 'Bestaande voorraad per gemeente en type (woningen per jaar)' },
  },
  {
    key: 'aandachtsgroepen.perYear', section: 'aandachtsgroepen', label: 'Woningen per jaar voor aandachtsgroepen', labelEn: 'Homes per year for vulnerable groups', unit: 'woningen per jaar', method: '§5.3',
    explanation: 'Regionale opgave in sociale huurwoningen per jaar, exclusief statushouders. Leeg = het cijfer uit de dataset (ca. 245, 004 Bijlage 1).',
    explanationEn: 'Regional task in social-rent homes per year, excluding status holders. Empty = the figure in the dataset (about 245, 004 Bijlage 1).',
    kind: { type: 'number', min: 0, max: 100_000, step: 5, nullable: true },
  },
  {
    key: 'aandachtsgroepen.startYear', section: 'aandachtsgroepen', label: 'Startjaar', labelEn: 'Start year', unit: 'jaar', method: '§5.3',
    explanation: 'Eerste jaar dat de opgave meetelt.',
    explanationEn: 'First year the task counts.',
    kind: { type: 'year', min: 2022, max: 2040 },
  },
  {
    key: 'aandachtsgroepen.demandMode', section: 'aandachtsgroepen', label: 'Verloop van de vraag', labelEn: 'Demand profile', unit: '', method: '§5.3',
    explanation: 'Vlak: elk jaar het gekozen aantal. Oplopend: lineair van de uitstroom in 2022 (107) naar het gekozen aantal in 2030, daarna vlak.',
    explanationEn: 'Flat: the chosen number every year. Ramp: linear from the outflow in 2022 (107) to the chosen number in 2030, flat after.',
    kind: { type: 'enum', options: [ { value: 'flat', label: 'Vlak' }, { value: 'ramp', label: 'Oplopend vanaf 2022' } ] },
  },
  {
    key: 'aandachtsgroepen.fairShareKey', section: 'aandachtsgroepen', label: 'Verdeelsleutel', labelEn: 'Fair-share key', unit: '', method: '§5.3',
    explanation: 'Hoe de regionale opgave over de gemeenten wordt verdeeld: naar inwoners (1-1-2024), gelijk, naar inwoners × aandeel sociale huur (2017), of eigen gewichten.',
    explanationEn: 'How the regional task is divided: by inhabitants (1 Jan 2024), equally, by inhabitants × social-rent share (2017), or custom weights.',
    kind: { type: 'enum', options: [ { value: 'population', label: 'Naar inwoners' }, { value: 'equal', label: 'Gelijk' }, { value: 'socialRent', label: 'Inwoners × aandeel sociale huur' }, { value: 'custom', label: 'Eigen gewichten' } ] },
    perGemeente: { key: 'aandachtsgroepen.customWeights', perType: false, kind: { type: 'number', min: 0, max: 1_000_000, step: 1 }, label: 'Eigen gewicht per gemeente' },
  },
  {
    key: 'aandachtsgroepen.excluded', section: 'aandachtsgroepen', label: 'Niet meegeteld', labelEn: 'Excluded', unit: '', method: '§5.3',
    explanation: 'Gemeenten die niet meedoen in de verdeling (bijv. Eemnes); de gewichten van de andere worden opnieuw genormaliseerd.',
    explanationEn: 'Municipalities that do not take part in the division (e.g. Eemnes); the weights of the others are normalised again.',
    kind: { type: 'gemeenteList' },
  },
];

export type PerGemeenteSetting = { assumption: Assumption; key: string; perType: boolean; kind: AssumptionKind; label: string };

/** Every per-gemeente record in ScenarioParams, by its path. */
export const PER_GEMEENTE: ReadonlyMap<string, PerGemeenteSetting> = new Map(
  ASSUMPTIONS.flatMap((a) =>
    a.perGemeente
      ? [[a.perGemeente.key, { assumption: a, key: a.perGemeente.key, perType: a.perGemeente.perType, kind: a.perGemeente.kind ?? a.kind, label: a.perGemeente.label }] as const]
      : [],
  ),
);

/** Reads a dotted path from params (undefined when absent). */
export function readParam(params: ScenarioParams, path: string): unknown {
  let node: unknown = params;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
