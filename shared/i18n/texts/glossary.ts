import { defineTexts } from '../define';

/** One term of the glossary: the word as the screens and documents use it, and what it means. */
type Term = { term: string; definition: string };

/**
 * The glossary of the domain (MODEL.md §2 and the app's own words), Dutch and English. The keys
 * are stable ids: the Help screen's anchors (#/uitleg/begrip-nultreden), the memo's glossary and
 * shared/help (which adds each term's source documents and method chapter) use them. Dutch terms
 * stay Dutch in the English text where the region uses them as names (Woondeal, Keerpunt).
 */
type Glossary = {
  terms: {
    gemeente: Term;
    regio: Term;
    woondeal: Term;
    bouwprogramma: Term;
    laagEnMidden: Term;
    realisatie: Term;
    smApp: Term;
    basisjaar: Term;
    peildatum: Term;
    horizon: Term;
    huidigTempo: Term;
    scenarioTempo: Term;
    prognose: Term;
    benodigdTempo: Term;
    tempofactor: Term;
    tempoInstelling: Term;
    streefpad: Term;
    tekort: Term;
    voorOpSchema: Term;
    nettoSaldo: Term;
    inhaaljaar: Term;
    nultreden: Term;
    geclusterd: Term;
    zorggeschikt: Term;
    behoefteOuderen: Term;
    benodigdAandeel: Term;
    bestaandeVoorraad: Term;
    aandachtsgroepen: Term;
    uitstroom: Term;
    beschermdWonen: Term;
    maatschappelijkeOpvang: Term;
    respijt: Term;
    keerpunt: Term;
    inBetweenPlaces: Term;
    statushouders: Term;
    verdeelsleutel: Term;
    eerlijkAandeel: Term;
    solidariteit: Term;
    plaatsing: Term;
    project: Term;
    kansOpRealisatie: Term;
    scenario: Term;
    aanname: Term;
    bandbreedte: Term;
    p10p90: Term;
    gevoeligheid: Term;
    watIsErNodig: Term;
    bevinding: Term;
    brondocument: Term;
    stuurgroep: Term;
  };
};

export const glossary = defineTexts<Glossary>(
  {
    terms: {
      gemeente: {
        term: 'gemeente',
        definition:
          'Een van de zeven gemeenten van de regio Gooi en Vechtstreek: Blaricum, Eemnes, Gooise Meren, Hilversum, Huizen, Laren en Wijdemeren. Elke gemeente heeft een CBS-code (GM0402 is Hilversum). Weesp hoorde tot en met 2021 bij de regio en staat alleen in oude tabellen.',
      },
      regio: {
        term: 'regio',
        definition:
          'Gooi en Vechtstreek. Een regiocijfer is altijd de som van de gemeenten die het cijfer hebben, nooit een gedrukt regiototaal uit een bron: dat wordt alleen gecontroleerd. Bij het bouwprogramma zijn dat zes gemeenten (zonder Eemnes), bij de aandachtsgroepen alle zeven.',
      },
      woondeal: {
        term: 'Woondeal (MRA)',
        definition:
          'Afspraak uit 2022 tussen het Rijk en de Metropoolregio Amsterdam over hoeveel woningen elke gemeente in 2022–2030 bouwt en hoeveel daarvan betaalbaar zijn. Eemnes valt er niet onder: die gemeente werkt voor wonen samen met de regio Amersfoort en heeft hier geen bouwprogramma.',
      },
      bouwprogramma: {
        term: 'bouwprogramma',
        definition:
          'Het aantal woningen dat een gemeente volgens de Woondeal in 2022–2030 toevoegt (totaal), waarvan een deel laag en midden. Het is het doel waartegen de realisatie en de prognose worden gezet. Regio samen: 6.910 woningen.',
      },
      laagEnMidden: {
        term: 'laag en midden (betaalbaar)',
        definition:
          'Het betaalbare deel van het bouwprogramma: sociale huur plus het middensegment. De regionale afspraak is dat twee derde van de toevoegingen betaalbaar is; de tabel rekent met 66 %.',
      },
      realisatie: {
        term: 'realisatie',
        definition:
          'Woningen die echt zijn opgeleverd (opleveringen nieuwbouw, uit de woonmonitor van de regio). In de brongegevens staat één totaal voor 2022 en 2023 samen; waar een jaarcijfer nodig is, wordt het gelijk verdeeld en als schatting gemarkeerd.',
      },
      smApp: {
        term: 'S+M app',
        definition:
          'Opgeleverde appartementen in het sociale en middeldure segment. Het enige realisatiecijfer dat iets zegt over betaalbaarheid en geschiktheid voor ouderen. Het is een ondergrens: betaalbare grondgebonden woningen tellen niet mee.',
      },
      basisjaar: {
        term: 'basisjaar',
        definition:
          'Het laatste jaar waarvoor realisatie bekend is (in de brongegevens 2023). Tot en met dit jaar telt wat gebouwd is; daarna rekent het scenario verder. Komt er realisatie voor een later jaar bij, dan schuift het basisjaar mee.',
      },
      peildatum: {
        term: 'peildatum',
        definition: 'De datum waarop een cijfer geldt, bijvoorbeeld inwoners op 1 januari 2024 (CBS).',
      },
      horizon: {
        term: 'horizon',
        definition:
          'Het laatste jaar dat het scenario doorrekent: standaard 2030, het eindjaar van het bouwprogramma, en ten hoogste 2040.',
      },
      huidigTempo: {
        term: 'huidig tempo',
        definition:
          'Wat een gemeente per jaar oplevert sinds de start van het programma: de realisatie gedeeld door het aantal jaren tot en met het basisjaar. Hilversum: 365 in 2022–2023, dus 182,5 per jaar.',
      },
      scenarioTempo: {
        term: 'scenariotempo',
        definition:
          'Het aantal woningen per jaar dat het scenario vanaf het basisjaar laat bouwen. Het hangt af van de tempo-instelling: trend, op koers, eigen tempo of pijplijn.',
      },
      prognose: {
        term: 'prognose 2030',
        definition:
          'Wat er volgens het scenario in 2030 staat: de realisatie tot en met het basisjaar plus wat het scenario daarna laat bouwen (het scenariotempo maal de resterende jaren; bij pijplijn de projecten). Hilversum in Basis: 365 + 182,5 × 7 = 1.642,5.',
      },
      benodigdTempo: {
        term: 'benodigd tempo',
        definition:
          'Het aantal woningen per jaar dat vanaf het basisjaar nodig is om het doel in 2030 precies te halen: wat nog rest, gedeeld door de resterende jaren. Nooit negatief. Hilversum: (3.200 − 365) / 7 = 405 per jaar.',
      },
      tempofactor: {
        term: 'tempofactor',
        definition:
          'De vermenigvuldiger op het huidige tempo in de tempo-instelling trend: 1 is doorbouwen zoals in 2022–2023, 1,25 is een kwart sneller. Eén getal voor de regio; een scenario kan per gemeente een eigen factor geven.',
      },
      tempoInstelling: {
        term: 'tempo-instelling (bouwtempo)',
        definition:
          'Hoe het scenario het bouwtempo kiest. Trend: het huidige tempo maal de tempofactor. Op koers (programma): precies het benodigde tempo. Eigen tempo: een aantal per jaar per gemeente. Pijplijn: de projecten uit het register, gewogen met hun kans op realisatie.',
      },
      streefpad: {
        term: 'streefpad',
        definition:
          'De rechte lijn van 0 in 2021 naar het doel in 2030: waar een gemeente in elk jaar had moeten staan om gelijkmatig op het doel uit te komen. Na 2030 vlak.',
      },
      tekort: {
        term: 'tekort',
        definition:
          'Hoeveel woningen in 2030 ontbreken: doel of behoefte min wat er volgens het scenario dan is. Een tekort is nooit negatief. Het tekort van de regio is de som van de tekorten van de gemeenten: wat de ene gemeente meer bouwt, vult het tekort van een andere niet op.',
      },
      voorOpSchema: {
        term: 'voor op schema',
        definition:
          'Een gemeente die in 2030 volgens het scenario meer heeft gebouwd dan haar doel, ligt voor op schema. Dat staat apart van het tekort en wordt er niet mee verrekend. Bij de ouderenhuisvesting heet het overschot.',
      },
      nettoSaldo: {
        term: 'netto saldo',
        definition:
          'Doel min prognose zonder tekort en voorsprong te scheiden: positief is achter, negatief is voor op schema. Voor de regio wordt het alleen als netto getoond, naast het tekort en de voorsprong.',
      },
      inhaaljaar: {
        term: 'inhaaljaar',
        definition:
          'Het eerste jaar waarin de realisatie plus de prognose het doel haalt, gezocht tot en met 2040. Voor de regio is dat het jaar waarin de laatste gemeente haar doel haalt.',
      },
      nultreden: {
        term: 'nultredenwoning',
        definition:
          'Een woning die zonder trap bereikbaar is: op de begane grond of met een lift. De regionale afspraak is dat minstens 50 % van de nieuwbouw nultreden is.',
      },
      geclusterd: {
        term: 'geclusterde woning',
        definition:
          'Een zelfstandige woning in een cluster met een gemeenschappelijke ruimte en buren in dezelfde levensfase.',
      },
      zorggeschikt: {
        term: 'zorggeschikte woning',
        definition:
          'Een geclusterde woning die geschikt is voor zware zorg aan huis, dicht bij een zorgsteunpunt. De bron geeft twee cijfers voor de behoefte in 2030: 819 in de tekst en 3.168 als som van de gemeentetabel.',
      },
      behoefteOuderen: {
        term: 'behoefte ouderen',
        definition:
          'Het aantal extra nultreden-, geclusterde en zorggeschikte woningen dat een gemeente in 2030 nodig heeft. Standaard uit de gemeentetabel van Bijlage 2; een scenario kan de regiocijfers uit de tekst naar rato verdelen of per gemeente een eigen cijfer invullen.',
      },
      benodigdAandeel: {
        term: 'benodigd aandeel',
        definition:
          'Welk deel van de nieuwbouw van het scenario tot 2030 ouderengeschikt zou moeten zijn om de behoefte te dekken. Afgetopt op 100 % en gemarkeerd als de nieuwbouw daarvoor te klein is.',
      },
      bestaandeVoorraad: {
        term: 'bestaande voorraad',
        definition:
          'Woningen die er al zijn. Een scenario kan aannemen dat er elk jaar een aantal geschikt wordt gemaakt voor ouderen (aanpassen, transformatie, doorstroming); standaard 0.',
      },
      aandachtsgroepen: {
        term: 'aandachtsgroepen',
        definition:
          'Mensen die een sociale huurwoning plus begeleiding nodig hebben: uitstroom uit beschermd wonen en maatschappelijke opvang, jongeren uit jeugdzorg, mensen uit een GGZ-kliniek, mensen met een medische of sociale urgentie. Statushouders tellen niet mee. De regio raamt ongeveer 245 woningen per jaar; in 2022 verhuisden er 107.',
      },
      uitstroom: {
        term: 'uitstroom BW/MO',
        definition:
          'Mensen die vanuit beschermd wonen (BW) of de maatschappelijke opvang (MO) naar een gewone woning gaan, meestal een sociale huurwoning met begeleiding. Geraamd: BW en GGZ ongeveer 40 per jaar, MO ongeveer 30 per jaar.',
      },
      beschermdWonen: {
        term: 'beschermd wonen (BW)',
        definition:
          'Wonen met begeleiding voor mensen met psychische problemen die (nog) niet zelfstandig kunnen wonen. De plekken zitten in een paar gemeenten van de regio.',
      },
      maatschappelijkeOpvang: {
        term: 'maatschappelijke opvang (MO)',
        definition: 'Opvang voor dakloze mensen, voor alleenstaanden en voor gezinnen. Ook deze voorzieningen zitten in een paar gemeenten.',
      },
      respijt: {
        term: 'respijt',
        definition: 'Tijdelijke opvangplekken om mensen of hun omgeving even te ontlasten; in de planning van 4 naar 8 bedden.',
      },
      keerpunt: {
        term: 'Keerpunt (Skaeve Huse)',
        definition:
          'Bijzondere woonvorm voor mensen die niet in een gewone straat kunnen wonen: losse units op een eigen plek met begeleiding. De regio heeft er één, met 6 units in Hilversum, en wil een tweede in een andere gemeente.',
      },
      inBetweenPlaces: {
        term: 'In Between Places (IBP)',
        definition:
          'Tijdelijke woningen voor mensen die met spoed een woning nodig hebben. De regio wil een tweede vorm (IBP+) in een andere gemeente.',
      },
      statushouders: {
        term: 'statushouders',
        definition: 'Vluchtelingen met een verblijfsvergunning die een gemeente moet huisvesten. Zij vallen niet onder de 245 woningen voor aandachtsgroepen.',
      },
      verdeelsleutel: {
        term: 'verdeelsleutel',
        definition:
          'Hoe een regionale opgave over de gemeenten wordt verdeeld: naar inwoners (standaard), gelijk, naar inwoners maal het aandeel sociale huur, of met eigen gewichten. De gewichten tellen op tot 100 % over de gemeenten die meedoen.',
      },
      eerlijkAandeel: {
        term: 'eerlijk aandeel (fair share)',
        definition:
          'Het deel van een regionale opgave of voorziening dat een gemeente volgens de verdeelsleutel zou dragen. Bij de Keerpunt met 6 units is het eerlijke aandeel van Hilversum naar inwoners 6 × 94.435 / 254.538 = 2,23.',
      },
      solidariteit: {
        term: 'solidariteit',
        definition:
          'De afspraak dat elke gemeente haar evenredige deel van de regionale opgave draagt. De solidariteitsbalans zet per soort voorziening wat een gemeente heeft tegen haar eerlijke aandeel, ook per 10.000 inwoners.',
      },
      plaatsing: {
        term: 'plaatsing',
        definition:
          'Een geplande voorziening in een scenario: units toevoegen in een gemeente, weghalen of verplaatsen, met jaar en status. De solidariteitsbalans laat zien wie daarna meer of minder dan haar deel draagt.',
      },
      project: {
        term: 'project (pijplijn)',
        definition:
          'Een bouwplan in het projectenregister: naam, gemeente, verwacht opleverjaar, status en aantallen woningen per soort. In de tempo-instelling pijplijn bepalen de projecten de nieuwbouw.',
      },
      kansOpRealisatie: {
        term: 'kans op realisatie',
        definition:
          'Per projectstatus de kans dat een project echt wordt opgeleverd; een aanname van het scenario. Standaard: idee 10 %, planvorming 30 %, vastgesteld 60 %, vergund 80 %, in aanbouw 95 %, opgeleverd 100 %.',
      },
      scenario: {
        term: 'scenario',
        definition:
          'Een benoemde set aannames (wat als …?). Een scenario noemt alleen waar het afwijkt van de standaard. Ingebouwd zijn Basis (trend), Programma (op koers), Trend met 50 % nultreden en Basis met bandbreedtes.',
      },
      aanname: {
        term: 'aanname',
        definition:
          'Een instelling van een scenario die de berekening stuurt, zoals de tempofactor of het aandeel nultreden in de nieuwbouw. Elke aanname heeft een standaardwaarde; de uitkomst zegt welke zijn gewijzigd.',
      },
      bandbreedte: {
        term: 'bandbreedte',
        definition:
          'Een lage en een hoge waarde bij een aanname, naast de waarschijnlijke waarde. Waar de bronnen elkaar tegenspreken kan een keuze open blijven, met een gewicht per optie.',
      },
      p10p90: {
        term: 'P10–P90-band',
        definition:
          'De spreiding van een uitkomst over 10.000 doorrekeningen met getrokken waarden binnen de bandbreedtes: 10 % van de uitkomsten ligt onder P10, 10 % boven P90, P50 is de middelste. Het is de spreiding van de ingevoerde aannames, geen voorspelfout.',
      },
      gevoeligheid: {
        term: 'gevoeligheid per aanname',
        definition:
          'Welke onzekere aanname een uitkomst het meest beweegt: elke aanname apart van laag naar hoog, de rest op de waarschijnlijke waarde, gerangschikt naar de uitslag.',
      },
      watIsErNodig: {
        term: 'wat is er nodig',
        definition:
          'Per tekort de waarde van één knop (bouwtempo, tempofactor, aandeel nultreden, bestaande woningen geschikt maken) die het tekort precies sluit, met al het andere zoals in het scenario.',
      },
      bevinding: {
        term: 'bevinding (consistentiecontrole)',
        definition:
          'Een plek waar de bronnen elkaar tegenspreken of een cijfer ontbreekt, bijvoorbeeld een gedrukt totaal dat niet gelijk is aan de som van de rijen. Het gedrukte cijfer blijft de standaard; een scenario kan het alternatief kiezen.',
      },
      brondocument: {
        term: 'brondocument',
        definition:
          'Een van de vijf documenten waar de cijfers uit komen, met een nummer van 000 tot en met 004. Elk cijfer noemt zijn document en de plaats daarin (tabel of paragraaf).',
      },
      stuurgroep: {
        term: 'stuurgroep en Brede Kijk',
        definition:
          'De Brede Kijk is het regionale overleg waar woningbehoefte en concrete bouwkansen naast elkaar worden gelegd. De stuurgroep (wethouders, woningcorporaties en zorgpartijen) krijgt de memo en de presentatie.',
      },
    },
  },
  {
    terms: {
      gemeente: {
        term: 'municipality',
        definition:
          'One of the seven municipalities of the Gooi en Vechtstreek region: Blaricum, Eemnes, Gooise Meren, Hilversum, Huizen, Laren and Wijdemeren. Each has a CBS code (GM0402 is Hilversum). Weesp belonged to the region up to 2021 and appears only in old tables.',
      },
      regio: {
        term: 'region',
        definition:
          'Gooi en Vechtstreek. A regional figure is always the sum of the municipalities that have the figure, never a printed regional total from a source: those are only checked. For the build programme that is six municipalities (without Eemnes), for vulnerable groups all seven.',
      },
      woondeal: {
        term: 'Woondeal (MRA housing deal)',
        definition:
          'The 2022 agreement between the state and the Amsterdam Metropolitan Area on how many homes each municipality builds in 2022–2030 and how many of them are affordable. Eemnes is not part of it: it works with the Amersfoort region on housing and has no build programme here.',
      },
      bouwprogramma: {
        term: 'build programme',
        definition:
          'The number of homes a municipality adds in 2022–2030 under the Woondeal (total), part of them affordable (laag en midden). It is the target against which completions and the projection are set. Region together: 6,910 homes.',
      },
      laagEnMidden: {
        term: 'affordable segment',
        definition:
          'The affordable part of the build programme: social rent plus the middle segment. The regional agreement is that two thirds of the additions are affordable; the table uses 66%.',
      },
      realisatie: {
        term: 'completions',
        definition:
          'Homes actually completed (new-build completions, from the regional housing monitor). The source data give one total for 2022 and 2023 together; where a yearly figure is needed it is split evenly and marked as estimated.',
      },
      smApp: {
        term: 'S+M app',
        definition:
          'Completed apartments in the social and mid-priced segment. The only completions figure that says something about affordability and suitability for older people. It is a lower bound: affordable houses with a garden are not counted.',
      },
      basisjaar: {
        term: 'base year',
        definition:
          'The last year with known completions (2023 in the source data). Up to this year what was built counts; after it the scenario projects. When completions for a later year are added, the base year moves with them.',
      },
      peildatum: {
        term: 'reference date',
        definition: 'The date a figure applies to, for example inhabitants on 1 January 2024 (CBS).',
      },
      horizon: {
        term: 'horizon year',
        definition: 'The last year the scenario calculates: 2030 by default, the end of the build programme, and at most 2040.',
      },
      huidigTempo: {
        term: 'current pace',
        definition:
          'What a municipality completes per year since the programme started: completions divided by the number of years up to the base year. Hilversum: 365 in 2022–2023, so 182.5 a year.',
      },
      scenarioTempo: {
        term: 'scenario pace',
        definition:
          'The number of homes per year the scenario builds from the base year on. It depends on the pace mode: trend, on track, custom pace or pipeline.',
      },
      prognose: {
        term: 'projection 2030',
        definition:
          'What stands in 2030 according to the scenario: completions up to the base year plus what the scenario builds after it (the scenario pace times the remaining years; with pipeline, the projects). Hilversum in Basis: 365 + 182.5 × 7 = 1,642.5.',
      },
      benodigdTempo: {
        term: 'required pace',
        definition:
          'The homes per year needed from the base year on to reach the target exactly in 2030: what remains, divided by the remaining years. Never negative. Hilversum: (3,200 − 365) / 7 = 405 a year.',
      },
      tempofactor: {
        term: 'pace factor',
        definition:
          'The multiplier on the current pace in the trend pace mode: 1 is building on as in 2022–2023, 1.25 is a quarter faster. One number for the region; a scenario can give a municipality its own factor.',
      },
      tempoInstelling: {
        term: 'pace mode',
        definition:
          'How the scenario sets the building pace. Trend: the current pace times the pace factor. On track (programme): exactly the required pace. Custom pace: a number per year per municipality. Pipeline: the projects in the register, weighted by their completion probability.',
      },
      streefpad: {
        term: 'target path',
        definition:
          'The straight line from 0 in 2021 to the target in 2030: where a municipality should have been each year to reach its target evenly. Flat after 2030.',
      },
      tekort: {
        term: 'shortfall',
        definition:
          'How many homes are missing in 2030: target or need minus what the scenario has by then. A shortfall is never negative. The region’s shortfall is the sum of the municipalities’ shortfalls: what one municipality builds above its target does not fill another’s gap.',
      },
      voorOpSchema: {
        term: 'ahead of schedule',
        definition:
          'A municipality that by 2030 has built more than its target in the scenario is ahead of schedule. This is reported apart from the shortfall and never netted against it. For housing for older people it is called a surplus.',
      },
      nettoSaldo: {
        term: 'net balance',
        definition:
          'Target minus projection without separating shortfall and lead: positive is behind, negative is ahead. For the region it is shown only as net, beside the shortfall and the lead.',
      },
      inhaaljaar: {
        term: 'catch-up year',
        definition:
          'The first year in which completions plus the projection reach the target, searched up to 2040. For the region it is the year the last municipality reaches its target.',
      },
      nultreden: {
        term: 'zero-step home',
        definition:
          'A home reachable without stairs: on the ground floor or with a lift. The regional agreement is that at least 50% of new build is zero-step.',
      },
      geclusterd: {
        term: 'clustered home',
        definition: 'An independent home in a cluster with a shared space and neighbours in the same stage of life.',
      },
      zorggeschikt: {
        term: 'care-suitable home',
        definition:
          'A clustered home suited to heavy care at home, close to a care base. The source gives two figures for the need in 2030: 819 in the text and 3,168 as the sum of the municipal table.',
      },
      behoefteOuderen: {
        term: 'need for older people',
        definition:
          'The number of extra zero-step, clustered and care-suitable homes a municipality needs by 2030. By default from the municipal table of Bijlage 2; a scenario can spread the regional figures of the text pro rata or enter its own figure per municipality.',
      },
      benodigdAandeel: {
        term: 'required share',
        definition:
          'Which part of the new build in the scenario up to 2030 would have to suit older people to meet the need. Capped at 100% and flagged when the new build is too small for it.',
      },
      bestaandeVoorraad: {
        term: 'existing stock',
        definition:
          'Homes that already exist. A scenario can assume that a number of them is made suitable for older people each year (adaptation, conversion, people moving on); 0 by default.',
      },
      aandachtsgroepen: {
        term: 'vulnerable groups',
        definition:
          'People who need a social-rent home plus support: people leaving sheltered housing and shelter, young people leaving youth care, people leaving a mental-health clinic, people with medical or social urgency. Refugees with a residence permit are not included. The region estimates about 245 homes a year; 107 moved in 2022.',
      },
      uitstroom: {
        term: 'moving on from BW/MO',
        definition:
          'People moving from sheltered housing (BW) or shelter (MO) into an ordinary home, mostly a social-rent home with support. Estimated: sheltered housing and mental health about 40 a year, shelter about 30 a year.',
      },
      beschermdWonen: {
        term: 'sheltered housing (BW)',
        definition:
          'Housing with support for people with psychiatric problems who cannot (yet) live on their own. The places are in a few municipalities of the region.',
      },
      maatschappelijkeOpvang: {
        term: 'shelter (MO)',
        definition: 'Shelter for homeless people, single people and families. These facilities too are in a few municipalities.',
      },
      respijt: {
        term: 'respite',
        definition: 'Temporary places that give people or those around them a break; planned to go from 4 to 8 beds.',
      },
      keerpunt: {
        term: 'Keerpunt (Skaeve Huse, special housing)',
        definition:
          'Special housing for people who cannot live in an ordinary street: separate units on a site of their own, with support. The region has one, with 6 units in Hilversum, and wants a second in another municipality.',
      },
      inBetweenPlaces: {
        term: 'In Between Places (IBP, temporary homes)',
        definition: 'Temporary homes for people who urgently need a home. The region wants a second form (IBP+) in another municipality.',
      },
      statushouders: {
        term: 'refugees with a residence permit',
        definition: 'Refugees with a residence permit whom a municipality has to house. They are not part of the 245 homes for vulnerable groups.',
      },
      verdeelsleutel: {
        term: 'allocation key',
        definition:
          'How a regional task is divided over the municipalities: by inhabitants (default), equally, by inhabitants times the social-rent share, or by custom weights. The weights add up to 100% over the municipalities taking part.',
      },
      eerlijkAandeel: {
        term: 'fair share',
        definition:
          'The part of a regional task or facility a municipality would carry under the allocation key. For the Keerpunt with 6 units, Hilversum’s fair share by inhabitants is 6 × 94,435 / 254,538 = 2.23.',
      },
      solidariteit: {
        term: 'solidarity',
        definition:
          'The agreement that every municipality carries its proportional part of the regional task. The solidarity ledger sets, per type of facility, what a municipality has against its fair share, also per 10,000 inhabitants.',
      },
      plaatsing: {
        term: 'placement',
        definition:
          'A planned facility in a scenario: adding units in a municipality, removing or moving them, with year and status. The solidarity ledger shows who then carries more or less than its share.',
      },
      project: {
        term: 'project (pipeline)',
        definition:
          'A building plan in the project register: name, municipality, expected completion year, status and numbers of homes per kind. In the pipeline pace mode the projects set the new build.',
      },
      kansOpRealisatie: {
        term: 'completion probability',
        definition:
          'Per project status the chance that a project is actually completed; an assumption of the scenario. Defaults: idea 10%, planning 30%, adopted 60%, permitted 80%, under construction 95%, completed 100%.',
      },
      scenario: {
        term: 'scenario (what-if)',
        definition:
          'A named set of assumptions (what if …?). A scenario only states where it differs from the defaults. Built in are “Basis: trend 2022–2023”, “Programma: op koers” (on track), “Trend, 50 % nieuwbouw nultreden” and “Basis met bandbreedtes” (with ranges).',
      },
      aanname: {
        term: 'assumption',
        definition:
          'A setting of a scenario that drives the calculation, such as the pace factor or the zero-step share of new build. Every assumption has a default; the result says which were changed.',
      },
      bandbreedte: {
        term: 'range',
        definition:
          'A low and a high value for an assumption, beside the likely value. Where the sources contradict each other a choice can be left open, with a weight per option.',
      },
      p10p90: {
        term: 'P10–P90 band',
        definition:
          'The spread of a result over 10,000 runs with values drawn within the ranges: 10% of the results lie below P10, 10% above P90, P50 is the middle one. It is the spread of the assumptions entered, not a forecast error.',
      },
      gevoeligheid: {
        term: 'sensitivity per assumption',
        definition:
          'Which uncertain assumption moves a result most: each assumption alone from low to high, the rest at their likely value, ranked by the swing.',
      },
      watIsErNodig: {
        term: 'what would it take',
        definition:
          'For each shortfall the value of one lever (building pace, pace factor, zero-step share, existing homes made suitable) that closes it exactly, with everything else as in the scenario.',
      },
      bevinding: {
        term: 'finding (consistency check)',
        definition:
          'A place where the sources contradict each other or a figure is missing, for example a printed total that differs from the sum of its rows. The printed figure stays the default; a scenario can choose the alternative.',
      },
      brondocument: {
        term: 'source document',
        definition:
          'One of the five documents the figures come from, numbered 000 to 004. Every figure names its document and the place in it (table or section).',
      },
      stuurgroep: {
        term: 'steering group and Brede Kijk',
        definition:
          'The Brede Kijk is the regional consultation where housing need is matched with concrete building opportunities. The steering group (aldermen, housing corporations and care parties) receives the memo and the slide deck.',
      },
    },
  },
);
