import { defineTexts } from '../define';
import { terms } from './terms';

type Status = keyof (typeof terms)['nl-NL']['projectStatus'];
const nlStatus = (s: string) => terms['nl-NL'].projectStatus[s as Status];
const enStatus = (s: string) => terms['en-GB'].projectStatus[s as Status];
type Type = keyof (typeof terms)['nl-NL']['housingType'];
const nlType = (t: string) => terms['nl-NL'].housingType[t as Type];
const enType = (t: string) => terms['en-GB'].housingType[t as Type];

/**
 * The words of every scenario assumption: label, explanation and, where it has one, the label of
 * its per-gemeente variant. Which entry an assumption uses is in its schema metadata
 * (shared/scenario/schema.ts, `text`); its range, default and unit come from the schema.
 */
export const assumptions = defineTexts(
  {
    section: {
      programma: 'Bouwprogramma',
      pijplijn: 'Pijplijn: kans op realisatie per status',
      ouderen: 'Ouderenhuisvesting',
      aandachtsgroepen: 'Aandachtsgroepen',
      solidariteit: 'Solidariteit: voorzieningen',
      algemeen: 'Algemeen',
    },
    unit: { year: 'jaar', times: '×', homesPerYear: 'woningen per jaar', percent: '%' },
    horizon: {
      label: 'Horizon',
      explanation: 'Laatste jaar dat wordt doorgerekend (paden en aandachtsgroepen). Het bouwprogramma en de ouderenbehoefte gelden voor 2030.',
    },
    dataOverrides: {
      label: 'Alternatieve broncijfers',
      explanation:
        'Waar de bronnen elkaar tegenspreken blijft het gedrukte cijfer de standaard; hier kiest het scenario per cijfer de andere lezing (bijv. Wijdemeren laag en midden 330 in plaats van 320). Sleutel: dataOverrides.<cijfer-id>.',
    },
    paceMode: {
      label: 'Bouwtempo',
      explanation:
        'Trend: het tempo van de gerealiseerde jaren × de factor. Programma: precies op koers voor het Woondeal-doel in 2030. Eigen: een aantal woningen per jaar per gemeente. Pijplijn: de projecten uit het projectenregister, gewogen met de kans per status.',
    },
    paceMultiplier: {
      label: 'Tempofactor (trend)',
      explanation: 'Vermenigvuldigt het huidige bouwtempo (realisatie per jaar sinds 2022). 1 = het tempo van 2022–2023 zet door.',
      perGemeente: 'Tempofactor per gemeente',
    },
    customPace: {
      label: 'Eigen bouwtempo',
      explanation: 'Alleen bij bouwtempo ‘Eigen tempo per gemeente’: nieuwbouw per jaar per gemeente. Een gemeente zonder getal houdt haar huidige tempo.',
      perGemeente: 'Eigen bouwtempo per gemeente',
    },
    completionProbability: {
      label: (status: string) => `Kans op realisatie: ${nlStatus(status)}`,
      explanation: (status: string) =>
        `Aanname: het deel van de woningen van een project met status "${nlStatus(status)}" dat in het verwachte opleverjaar wordt opgeleverd. Alleen bij bouwtempo "pijplijn".`,
    },
    needSource: {
      label: 'Bron ouderenbehoefte',
      explanation:
        'De gemeentetabel (004 Bijlage 2) of de regiocijfers uit de tekst (2.305 / 1.040 / 819), naar rato van de tabel over de gemeenten verdeeld. De bronnen spreken elkaar tegen; zie Data & bronnen.',
      perGemeente: 'Eigen behoefte per gemeente en type (woningen)',
    },
    needSourceByType: {
      label: (type: string) => `Bron ouderenbehoefte: ${nlType(type)}`,
      explanation: (type: string) =>
        `Voor ${nlType(type)} alleen een andere bron dan de algemene keuze, bijv. het regiocijfer uit de tekst naar rato over de tabel verdeeld terwijl de andere typen de gemeentetabel houden.`,
      options: { algemeen: 'Zoals de algemene keuze', gemeenteTabel: 'Gemeentetabel (Bijlage 2)', regioTekst: 'Regiocijfer uit de tekst, naar rato' },
    },
    newBuildShareNultreden: {
      label: 'Aandeel nieuwbouw nultreden',
      explanation: 'Deel van de nieuwbouw dat geschikt is als nultredenwoning. Leeg = historisch aandeel (S+M app / realisatie). De regionale afspraak is minimaal 50 % (regionale strategie woonzorgopgave, 004 §5.1).',
      perGemeente: 'Aandeel nieuwbouw per gemeente en type',
    },
    newBuildShareGeclusterd: {
      label: 'Aandeel nieuwbouw geclusterd',
      explanation: 'Deel van de nieuwbouw dat als geclusterde woning wordt gebouwd. Standaard 0 %.',
    },
    newBuildShareZorggeschikt: {
      label: 'Aandeel nieuwbouw zorggeschikt',
      explanation: 'Deel van de nieuwbouw dat zorggeschikt is (geclusterd, nabij een zorgsteunpunt). Standaard 0 %.',
    },
    existingStockPerYear: {
      label: 'Geschikt gemaakt in bestaande voorraad',
      explanation: 'Woningen per jaar die in de bestaande voorraad geschikt worden (transformatie, doorstroming), per gemeente en type. Standaard 0.',
      perGemeente: 'Bestaande voorraad per gemeente en type (woningen per jaar)',
    },
    aandachtsgroepenPerYear: {
      label: 'Woningen per jaar voor aandachtsgroepen',
      explanation: 'Regionale opgave in sociale huurwoningen per jaar, exclusief statushouders. Leeg = het cijfer uit de dataset (ca. 245, 004 Bijlage 1).',
    },
    startYear: { label: 'Startjaar', explanation: 'Eerste jaar dat de opgave meetelt.' },
    demandMode: {
      label: 'Verloop van de vraag',
      explanation: 'Vlak: elk jaar het gekozen aantal. Oplopend: lineair van de uitstroom in 2022 (107) naar het gekozen aantal in 2030, daarna vlak.',
    },
    fairShareKey: {
      label: 'Verdeelsleutel',
      explanation: 'Hoe de regionale opgave over de gemeenten wordt verdeeld: naar inwoners (1-1-2024), gelijk, naar inwoners × aandeel sociale huur (2017), of eigen gewichten.',
      perGemeente: 'Eigen gewicht per gemeente',
    },
    excluded: {
      label: 'Niet meegeteld',
      explanation: 'Gemeenten die niet meedoen in de verdeling (bijv. Eemnes); de gewichten van de andere worden opnieuw genormaliseerd.',
    },
    solidarityKey: {
      label: 'Verdeelsleutel voorzieningen',
      explanation:
        'Naar welke sleutel het eerlijke deel van elke voorziening (beschermd wonen, opvang, respijt, Keerpunt, In Between Places) over de gemeenten wordt bepaald: naar inwoners (1-1-2024), gelijk, naar inwoners × aandeel sociale huur, of eigen gewichten.',
      perGemeente: 'Eigen gewicht per gemeente',
    },
    facilityTypeWeights: {
      label: 'Gewicht per soort voorziening',
      explanation:
        'Wat één plek, unit of woning van een soort weegt als alle soorten samen worden opgeteld (een Keerpunt-unit is geen plek beschermd wonen). Standaard 1; te bewerken op het scherm Solidariteit.',
    },
    placements: {
      label: 'Geplande plaatsingen',
      explanation: 'Voorzieningen die dit scenario toevoegt, weghaalt of verplaatst, met jaar en status; te bewerken op het scherm Solidariteit of in een scenariobestand.',
    },
  },
  {
    section: {
      programma: 'Build programme',
      pijplijn: 'Pipeline: completion probability per status',
      ouderen: 'Housing for older people',
      aandachtsgroepen: 'Vulnerable groups',
      solidariteit: 'Solidarity: facilities',
      algemeen: 'General',
    },
    unit: { year: 'year', times: '×', homesPerYear: 'homes per year', percent: '%' },
    horizon: { label: 'Horizon', explanation: 'Last year calculated (paths and vulnerable groups). The build programme and the elderly need are for 2030.' },
    dataOverrides: {
      label: 'Alternative source figures',
      explanation:
        'Where the sources contradict each other the printed figure stays the default; here a scenario chooses the other reading per figure (e.g. Wijdemeren affordable 330 instead of 320). Key: dataOverrides.<figure id>.',
    },
    paceMode: {
      label: 'Build pace',
      explanation:
        'Trend: the pace of the realised years × the multiplier. Programme: exactly on track for the Woondeal target in 2030. Custom: homes per year per municipality. Pipeline: the projects of the register, weighted by the probability per status.',
    },
    paceMultiplier: {
      label: 'Pace multiplier (trend)',
      explanation: 'Multiplies the current pace (completions per year since 2022). 1 = the pace of 2022–2023 continues.',
      perGemeente: 'Pace multiplier per municipality',
    },
    customPace: {
      label: 'Custom pace',
      explanation: 'Only with the pace ‘Custom pace per municipality’: new build per year per municipality. A municipality without a number keeps its current pace.',
      perGemeente: 'Custom pace per municipality',
    },
    completionProbability: {
      label: (status: string) => `Completion probability: ${enStatus(status)}`,
      explanation: (status: string) => `Assumption: the share of the homes of a project with status "${enStatus(status)}" that is completed in its expected year. Only with pace "pipeline".`,
    },
    needSource: {
      label: 'Elderly need source',
      explanation:
        'The per-municipality table (004 Bijlage 2) or the regional figures of the text (2,305 / 1,040 / 819), spread over the municipalities in proportion to the table. The sources contradict each other; see Data & sources.',
      perGemeente: 'Own need per municipality and type (homes)',
    },
    needSourceByType: {
      label: (type: string) => `Elderly need source: ${enType(type)}`,
      explanation: (type: string) =>
        `For ${enType(type)} only, another source than the general choice, e.g. the regional figure of the text spread pro rata over the table while the other types keep the municipality table.`,
      options: { algemeen: 'As the general choice', gemeenteTabel: 'Municipality table (Bijlage 2)', regioTekst: 'Regional figure of the text, pro rata' },
    },
    newBuildShareNultreden: {
      label: 'Share of new build zero-step',
      explanation: 'Share of new build suitable as a zero-step home. Empty = the historic share (S+M app / completions). The regional agreement is at least 50% (regional strategy for housing with care, 004 §5.1).',
      perGemeente: 'Share of new build per municipality and type',
    },
    newBuildShareGeclusterd: { label: 'Share of new build clustered', explanation: 'Share of new build built as clustered homes. Default 0%.' },
    newBuildShareZorggeschikt: { label: 'Share of new build care-suitable', explanation: 'Share of new build that is care-suitable (clustered, near a care base). Default 0%.' },
    existingStockPerYear: {
      label: 'Made suitable in existing stock',
      explanation: 'Homes per year made suitable in the existing stock (transformation, moving on), per municipality and type. Default 0.',
      perGemeente: 'Existing stock per municipality and type (homes per year)',
    },
    aandachtsgroepenPerYear: {
      label: 'Homes per year for vulnerable groups',
      explanation: 'Regional task in social-rent homes per year, excluding status holders. Empty = the figure in the dataset (about 245, 004 Bijlage 1).',
    },
    startYear: { label: 'Start year', explanation: 'First year the task counts.' },
    demandMode: { label: 'Demand profile', explanation: 'Flat: the chosen number every year. Ramp: linear from the outflow in 2022 (107) to the chosen number in 2030, flat after.' },
    fairShareKey: {
      label: 'Fair-share key',
      explanation: 'How the regional task is divided: by inhabitants (1 Jan 2024), equally, by inhabitants × social-rent share (2017), or custom weights.',
      perGemeente: 'Custom weight per municipality',
    },
    excluded: {
      label: 'Excluded',
      explanation: 'Municipalities that do not take part in the division (e.g. Eemnes); the weights of the others are normalised again.',
    },
    solidarityKey: {
      label: 'Key for facilities',
      explanation:
        "The key by which each facility's fair share (sheltered housing, shelter, respite, Keerpunt, In Between Places) is set over the municipalities: by inhabitants (1-1-2024), equal, by inhabitants × social-rent share, or custom weights.",
      perGemeente: 'Own weight per municipality',
    },
    facilityTypeWeights: {
      label: 'Weight per type of facility',
      explanation:
        'What one place, unit or home of a type weighs when all types are added together (a Keerpunt unit is not a sheltered-housing place). Default 1; edited on the Solidarity screen.',
    },
    placements: {
      label: 'Planned placements',
      explanation: 'Facilities this scenario adds, removes or moves, with year and status; edited on the Solidarity screen or in a scenario file.',
    },
  },
);
