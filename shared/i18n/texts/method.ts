import { defineTexts } from '../define';

/** One chapter of the calculation method: a title and its paragraphs, in reading order. */
type Chapter = { title: string; paragraphs: readonly string[] };

/**
 * The calculation method as the app and the documents show it: docs/rekenmethode.md told for an
 * analyst and a steering-group member, in chapters with a stable id (the Help screen's anchors
 * #/uitleg/methode-bouwprogramma, the memo's appendix, the assumptions' method links). The keys'
 * order is the reading order. Formulas are written out in words; figures are those of the seed
 * data and the built-in scenario Basis, as docs/rekenmethode.md §7 gives them.
 */
type Method = {
  chapters: {
    gegevens: Chapter;
    gemeenten: Chapter;
    jaren: Chapter;
    bouwprogramma: Chapter;
    betaalbaar: Chapter;
    ouderen: Chapter;
    aandachtsgroepen: Chapter;
    normen: Chapter;
    solidariteit: Chapter;
    pijplijn: Chapter;
    onzekerheid: Chapter;
    scenarios: Chapter;
    voorbeeld: Chapter;
    nieuweGegevens: Chapter;
    controles: Chapter;
    uitleg: Chapter;
    openPunten: Chapter;
  };
};

export const method = defineTexts<Method>(
  {
    chapters: {
      gegevens: {
        title: 'Gegevens en herkomst',
        paragraphs: [
          'De Woonzorgverkenner kent geen cijfers van zichzelf. Elk cijfer heeft een waarde, een eenheid, een periode of peildatum, het brondocument (000 tot en met 004), de plaats in dat document (tabel of paragraaf) en waar nodig een toelichting. Voegt een analist een gemeente, een jaar of een correctie toe, dan rekent de verkenner daarmee; de bronwaarde blijft naast de bewerking zichtbaar.',
          'Een lege cel in de bron is "geen waarde", niet 0. De uitzondering staat bij het cijfer: de voorzieningentabel van 000 noemt alleen de gemeenten mét een voorziening, de andere staan daar op 0.',
          'De berekening gebruikt: het bouwprogramma 2022–2030 per gemeente, totaal en laag en midden, en de realisatie 2022–2023 (opleveringen en S+M app), alle uit 004 Bijlage 2; de behoefte aan woningen voor ouderen in 2030 per gemeente (004 Bijlage 2) en de regiocijfers daarvan uit de tekst (004 §1.3 en Bijlage 1); 245 woningen per jaar voor aandachtsgroepen en de uitstroom van 107 in 2022 (004 Bijlage 1); inwoners per gemeente op 1 januari 2024 (000, CBS); het aandeel sociale huur in de voorraad (003 Tabel 5); de voorzieningen per gemeente (000 en 003).',
          'Andere cijfers worden getoond en gecontroleerd, maar tellen (nog) niet mee: de onderdelen van de aandachtsgroepen, context zoals wachtlijsten en meldingen van verward gedrag (002), en de begeleidingskosten en aantallen uitstromers uit beschermd wonen (001).',
        ],
      },
      gemeenten: {
        title: 'Welke gemeenten meedoen',
        paragraphs: [
          'De verkenner rekent met de zeven gemeenten die in 2022–2030 lid van de regio zijn: Blaricum, Eemnes, Gooise Meren, Hilversum, Huizen, Laren en Wijdemeren.',
          'Eemnes hoort bij de regio voor zorg en opvang, maar valt niet onder de Woondeal MRA. In 004 Bijlage 2 is de rij van Eemnes leeg: geen bouwprogramma, geen realisatie en geen behoefte ouderen. Eemnes heeft daarom geen uitkomst voor bouwprogramma, betaalbaar en ouderen ("geen gegevens", nooit 0), maar doet wel mee in de verdeling van de aandachtsgroepen, tenzij het scenario Eemnes uitsluit.',
          'Weesp is in 2022 opgegaan in Amsterdam. Weesp staat alleen in oude tabellen (2019 en eerder) en doet niet mee in de berekening.',
          'De regio is steeds de som over de gemeenten die het cijfer hebben: bouwprogramma, betaalbaar en ouderen over zes gemeenten, aandachtsgroepen over zeven. Gedrukte regiototalen uit de bronnen worden alleen gecontroleerd, niet gebruikt.',
        ],
      },
      jaren: {
        title: 'Jaren, basisjaar en horizon',
        paragraphs: [
          'Jaren zijn kalenderjaren. Het bouwprogramma loopt van 2022 tot en met 2030 (9 jaar); die jaren komen uit de cijfers van de Woondeal zelf.',
          'Het basisjaar is het laatste jaar waarvoor realisatie bekend is; in de brongegevens is dat 2023. Gerealiseerd is alles wat vanaf 2022 tot en met het basisjaar is opgeleverd. Komt er realisatie voor een later jaar bij, dan schuift het basisjaar mee.',
          'De bron geeft de realisatie als één totaal over 2022 en 2023. Waar een cijfer per jaar nodig is (in de grafieken), wordt dat totaal gelijk over beide jaren verdeeld en als schatting gemarkeerd: Hilversum 365 wordt 182,5 in 2022 en 182,5 in 2023. Staat naast het totaal een los jaarcijfer, dan telt dat jaarcijfer en vult het totaal de andere jaren met wat overblijft, zodat geen woning dubbel telt. Ontbreekt een jaar, dan telt het als 0, met een waarschuwing.',
          'De horizon is het laatste jaar dat het scenario doorrekent: standaard 2030, ten hoogste 2040.',
        ],
      },
      bouwprogramma: {
        title: 'Bouwprogramma',
        paragraphs: [
          'Per gemeente met een bouwprogramma is het doel het Woondeal-totaal 2022–2030. Het huidige tempo is de realisatie gedeeld door het aantal jaren sinds 2021 (bij basisjaar 2023: gedeeld door 2).',
          'Het benodigde tempo is wat nog rest, gedeeld door de jaren tot 2030: (doel − gerealiseerd) / (2030 − basisjaar). Het is nooit negatief: een gemeente die haar doel al heeft gehaald, hoeft niets meer.',
          'Het scenariotempo hangt af van de tempo-instelling. Trend: het huidige tempo maal de tempofactor (standaard 1; per gemeente een eigen factor mogelijk). Op koers (programma): precies het benodigde tempo. Eigen tempo: een aantal woningen per jaar per gemeente; een gemeente zonder eigen getal houdt haar huidige tempo. Pijplijn: de projecten uit het register (zie het hoofdstuk Projecten en pijplijn).',
          'De prognose is de realisatie plus het scenariotempo maal het aantal jaren na het basisjaar: verwacht in 2030 = gerealiseerd + scenariotempo × (2030 − basisjaar). Het streefpad loopt recht van 0 in 2021 naar het doel in 2030.',
          'Het saldo in 2030 is doel min verwacht. Tekort en voorsprong worden nooit verrekend: het tekort is het positieve deel, "voor op schema" het negatieve deel, elk apart. Het inhaaljaar is het eerste jaar waarin realisatie plus prognose het doel haalt, gezocht tot en met 2040.',
          'De regio: doel, realisatie, tempo’s en prognose zijn sommen over de gemeenten met een bouwprogramma (Eemnes niet). De Woondeal is een afspraak per gemeente, dus het tekort van de regio is de som van de tekorten van de gemeenten, en wat voor op schema is de som van hun voorsprongen. In Basis: 2.028 tekort (Blaricum 215, Hilversum 1.557,5, Huizen 75, Wijdemeren 180,5) en 779 voor op schema (Gooise Meren 690,5, Laren 88,5); netto 1.249. Het inhaaljaar van de regio is het jaar waarin de laatste gemeente haar doel haalt.',
        ],
      },
      betaalbaar: {
        title: 'Betaalbaar segment (laag en midden)',
        paragraphs: [
          'Het doel is het deel laag en midden van het bouwprogramma (004 Bijlage 2). De realisatie is de S+M app: opgeleverde appartementen in het sociale en middeldure segment. Dat is een ondergrens, want betaalbare grondgebonden woningen ontbreken erin.',
          'Het historische aandeel is S+M app gedeeld door alle opleveringen. Bij trend en eigen tempo is het betaalbare tempo het totale scenariotempo maal dat aandeel. Bij op koers is het precies het tempo voor het eigen betaalbare doel, maar nooit sneller dan het totale tempo: er kunnen niet meer betaalbare woningen bijkomen dan woningen in totaal (in Laren blijft daardoor een tekort van 7).',
          'Tekort en voorsprong apart, zoals bij het bouwprogramma. Het regiodoel is de som van de gemeenten (4.551), niet het gedrukte regiototaal 4.561.',
        ],
      },
      ouderen: {
        title: 'Ouderenhuisvesting',
        paragraphs: [
          'Per gemeente met een behoeftecijfer (niet Eemnes) en per woningtype: nultreden, geclusterd en zorggeschikt.',
          'De behoefte in 2030 komt standaard uit de gemeentetabel van 004 Bijlage 2. Als alternatief kan een scenario de regiocijfers uit de tekst (2.305 nultreden, 1.040 geclusterd, 819 zorggeschikt; 004 §1.3) naar rato van de tabel over de gemeenten verdelen: Hilversum zorggeschikt wordt dan 1.076 / 3.168 × 819 = 278,2. Een scenario kan ook per gemeente en type een eigen behoefte invullen; die gaat voor.',
          'Het aanbod tot 2030 is de nieuwbouw van het scenario maal het deel dat geschikt is als dat type, plus de woningen die in de bestaande voorraad per jaar geschikt worden gemaakt maal het aantal jaren. Standaard is het deel nultreden het historische aandeel S+M app / realisatie van de gemeente (ten hoogste 100 %), en zijn geclusterd, zorggeschikt en de bestaande voorraad 0. Bij de tempo-instelling pijplijn tellen in plaats van de nieuwbouw de projecten met hun eigen aantallen per type, gewogen met hun kans op realisatie, zodat geen woning dubbel telt.',
          'Per type is het tekort de behoefte min het aanbod, nooit negatief, en het overschot apart. Het tekort van alle typen samen is de som van de tekorten per type: een overschot aan nultredenwoningen bouwt geen geclusterde of zorggeschikte woning. De regio is de som van de gemeenten.',
          'Het benodigde aandeel is het deel van de nieuwbouw van het scenario tot 2030 dat ouderengeschikt zou moeten zijn om de behoefte te dekken, per type na aftrek van wat de bestaande voorraad en projecten leveren. Het is afgetopt op 100 % en gemarkeerd als de nieuwbouw kleiner is dan wat ze moet leveren: dan blijft er ook bij volledig ouderengeschikte nieuwbouw een tekort.',
        ],
      },
      aandachtsgroepen: {
        title: 'Aandachtsgroepen',
        paragraphs: [
          'De regionale vraag loopt van het startjaar (standaard 2025) tot en met de horizon. Het niveau is 245 sociale huurwoningen per jaar uit 004, tenzij het scenario een eigen niveau geeft. Vlak (standaard): elk jaar hetzelfde niveau. Oplopend: lineair van de uitstroom van 107 in 2022 naar het niveau in 2030, daarna vlak; met startjaar 2025 begint de reeks op 158,75.',
          'De vraag wordt over de gemeenten verdeeld met een verdeelsleutel: naar inwoners op 1 januari 2024 (standaard), gelijk, naar inwoners maal het aandeel sociale huur in de voorraad (003 Tabel 5), of met eigen gewichten. Een scenario kan gemeenten uitsluiten; de gewichten worden daarna over de overige gemeenten tot 100 % herschaald.',
          'De taak per jaar van een gemeente is de vraag in het horizonjaar maal haar gewicht; de taak samen is de som over de jaren. Hilversum: 94.435 / 254.538 = 37,1 %, dus 90,9 per jaar en 545 over 2025–2030. Waar gerealiseerde plaatsingen per gemeente zijn ingevoerd, staan die tegen de taak over dezelfde jaren, met tekort en overschot apart.',
        ],
      },
      normen: {
        title: 'Regionale normen',
        paragraphs: [
          'De bronnen noemen drie normen: twee derde van de toevoegingen betaalbaar en minstens 50 % van de nieuwbouw nultreden (004 §5.1), en 30 % sociale huur (Woonakkoord, 002). Per gemeente en voor de regio staat het aandeel in het programma, in het scenario en in de realisatie naast de norm.',
          'Bij elk aandeel staat wat voor cijfer het is: exact, een ondergrens (S+M app telt alleen appartementen) of een bovengrens (laag en midden omvat meer dan sociale huur). Een ondergrens onder de norm of een bovengrens erboven zegt niets; dan is het oordeel "onbekend".',
        ],
      },
      solidariteit: {
        title: 'Solidariteit: voorzieningen',
        paragraphs: [
          'Per soort voorziening (beschermd wonen, respijt, opvang, Keerpunt, In Between Places) en per gemeente staat wat er is (de laatste meting, uit 000) tegen het eerlijke aandeel: het regionale totaal maal het gewicht van de gemeente volgens de verdeelsleutel van het scenario. Het verschil boven 0 betekent dat de gemeente meer draagt dan haar deel. Alle drie ook per 10.000 inwoners.',
          'Voorbeeld: de Keerpunt heeft 6 units, alle in Hilversum. Het eerlijke aandeel van Hilversum naar inwoners is 6 × 94.435 / 254.538 = 2,23.',
          'Een scenario kan voorzieningen plaatsen: units toevoegen in een gemeente, weghalen of verplaatsen, met jaar en status. Een tweede Keerpunt van 6 units in Gooise Meren geeft 12 units in de regio: Gooise Meren 6 tegen een eerlijk aandeel van 2,85, Hilversum 6 tegen 4,45. De geplande veranderingen uit de bronnen tellen pas mee als de analist ze als plaatsing in het scenario opneemt.',
          'Het plaatsingsadvies rekent voor een nieuwe voorziening de balans opnieuw uit met de plaatsing in elk van de gemeenten en rangschikt ze naar hoe dicht elke gemeente daarna bij haar deel per 10.000 inwoners zit. Het weegt geen locatie, draagvlak of zorginhoud en beslist niets.',
        ],
      },
      pijplijn: {
        title: 'Projecten en pijplijn',
        paragraphs: [
          'Een project heeft een naam, gemeente, verwacht opleverjaar, status (idee, planvorming, vastgesteld, vergund, in aanbouw, opgeleverd), het aantal woningen in totaal en per soort (betaalbaar, sociale huur, nultreden, geclusterd, zorggeschikt) en een toelichting.',
          'Bij de tempo-instelling pijplijn is de nieuwbouw in een jaar de som van de projecten die dan worden opgeleverd, elk maal de kans op realisatie van zijn status. Die kansen zijn aannames van het scenario; standaard idee 10 %, planvorming 30 %, vastgesteld 60 %, vergund 80 %, in aanbouw 95 %, opgeleverd 100 %.',
          'Projecten met oplevering tot en met het basisjaar zitten al in de realisatie en tellen niet opnieuw. Na het laatste project komt er niets meer bij. Een gemeente zonder projecten na het basisjaar bouwt niet op 0: zij houdt haar eigen tempo uit het scenario of anders haar trend, en de uitkomst zegt welke gemeenten uit het register rekenen. Voorbeeld: Hilversum met één vergund project van 400 woningen in 2027 komt in 2030 op 365 + 0,8 × 400 = 685.',
          'Bij de andere tempo-instellingen tellen projecten niet mee: het tempo omvat al wat er gebouwd wordt.',
        ],
      },
      onzekerheid: {
        title: 'Onzekerheid, gevoeligheid en wat er nodig is',
        paragraphs: [
          'De bronnen noemen hun cijfers zelf indicatief: 245 woningen per jaar is "geraamd", het bouwtempo is over maar twee jaar gemeten, en de zorggeschikte behoefte is 819 in de tekst en 3.168 in de tabel. Een scenario kan bij een aanname een lage en een hoge waarde geven (de bandbreedte), en een keuze waar de bronnen elkaar tegenspreken open laten, met een gewicht per optie.',
          'Met die bandbreedtes rekent de verkenner het scenario 10.000 keer door, elke keer met getrokken waarden (driehoeksverdeling tussen laag, waarschijnlijk en hoog), uit een vast startgetal: hetzelfde scenario geeft altijd dezelfde uitkomst. Per cijfer staan P10, P50 en P90. De band is de spreiding van de ingevoerde aannames, geen voorspelfout: wat geen bandbreedte heeft, varieert niet.',
          'Voorbeeld, scenario Basis met bandbreedtes: tekort bouwprogramma regio 2030 waarschijnlijk 2.028, P10 1.774, P90 2.276.',
          'Gevoeligheid per aanname: elke onzekere aanname apart van laag naar hoog, de rest op de waarschijnlijke waarde, gerangschikt naar de uitslag. Wat is er nodig: per tekort de waarde van één knop (bouwtempo, tempofactor, aandeel nultreden, bestaande woningen geschikt maken) die het tekort sluit. Hilversum in Basis: bouwtempo van 182,5 naar 405 per jaar, of tempofactor 2,22.',
        ],
      },
      scenarios: {
        title: 'De ingebouwde scenario’s',
        paragraphs: [
          'Een scenario noemt alleen waar het afwijkt van de standaard: trend × 1, behoefte uit de gemeentetabel, aandeel nultreden historisch, geclusterd en zorggeschikt 0 %, geen bestaande voorraad, 245 per jaar vanaf 2025, vlak, verdeling naar inwoners, horizon 2030.',
          '“Basis: trend 2022–2023”: alle aannames op hun standaardwaarde. “Programma: op koers”: elke gemeente bouwt vanaf 2024 precies het tempo om haar Woondeal-doel in 2030 te halen (regio 807 per jaar, tekort 0). “Trend, 50 % nieuwbouw nultreden”: de trend, maar de helft van de nieuwbouw is nultreden (de regionale afspraak). “Basis met bandbreedtes”: de basis met de onzekerheid die de bronnen zelf noemen.',
        ],
      },
      voorbeeld: {
        title: 'Rekenvoorbeeld: Hilversum in Basis',
        paragraphs: [
          'Bouwprogramma: doel 3.200; gerealiseerd in 2022–2023 365, dus 182,5 per jaar. Verwacht in 2030: 365 + 182,5 × 7 = 1.642,5. Tekort: 3.200 − 1.642,5 = 1.557,5. Benodigd tempo: (3.200 − 365) / 7 = 405 per jaar. In dit tempo is het doel in 2039 gehaald.',
          'Betaalbaar: doel 2.112; S+M app 166 (ondergrens), een aandeel van 45,5 % van de opleveringen; 83 per jaar; verwacht in 2030 747; tekort 1.365.',
          'Ouderen: nieuwbouw 2024–2030 1.277,5, waarvan 45,5 % nultreden: 581. Tekort nultreden 925 − 581 = 344, geclusterd 505, zorggeschikt 1.076; samen 1.925.',
          'Aandachtsgroepen: gewicht 37,1 %, taak 90,9 per jaar, 545 over 2025–2030.',
          'Regio in Basis: doel 6.910, gerealiseerd 1.258, 629 per jaar, verwacht in 2030 5.661, tekort 2.028 en 779 voor op schema. Ouderen: behoefte 6.393, aanbod 823, tekort 5.571. Aandachtsgroepen: 245 per jaar, 1.470 over 2025–2030.',
        ],
      },
      nieuweGegevens: {
        title: 'Nieuwe gegevens: import en historie',
        paragraphs: [
          'Realisatie voor een nieuw jaar komt als nieuw cijfer per gemeente binnen, met het bestand, de importdatum en de peildatum als bron. Het basisjaar schuift daardoor op: Hilversum met 250 in 2024 komt op 615 gerealiseerd, 205 per jaar en een tekort van 1.355 in 2030.',
          'Een correctie op een bestaand cijfer wordt een bewerking naast de bronwaarde, die zichtbaar blijft. Elke wijziging staat in de historie met tijd, oude en nieuwe waarde en bron, en kan worden teruggedraaid. Een import wordt eerst gecontroleerd en doorgerekend; pas bij "Inlezen" wordt hij in één keer toegepast, en bij één fout wordt niets ingelezen.',
        ],
      },
      controles: {
        title: 'Consistentiecontroles',
        paragraphs: [
          'De bronnen spreken zichzelf tegen; de verkenner laat dat zien in plaats van het te verbergen. De controles lopen op elke dataset (bron, bewerkt of geïmporteerd) en melden elke bevinding met de betrokken cijfers en hun bron.',
          'Gecontroleerd wordt: een regiototaal (in een tabel of in de tekst) tegen de som van de gemeenten; laag en midden = 66 % van het totaal per rij; een deel niet groter dan het geheel; een som die in een cel is uitgeschreven; en ontbrekende, lege en dubbele rijen.',
          'In de brongegevens: regiototaal laag en midden 4.561 tegen 4.551 als som; Wijdemeren laag en midden 320 waar 66 % 330 geeft; de behoefte ouderen in de tekst (2.305, 1.040, 819) tegen de som van de tabel (2.200, 1.025, 3.168); "20 + 132 = 33" bij beschermd wonen in Huizen (waarschijnlijk 20 + 13 met een voetnootteken); de lege rijen van Eemnes.',
          'Het gedrukte cijfer blijft de standaard. Een scenario kan het alternatief kiezen: voor de behoefte ouderen de tekstcijfers of een eigen cijfer per gemeente, voor elk ander cijfer een vervangende waarde. De uitkomst noemt elke vervanging.',
        ],
      },
      uitleg: {
        title: 'Uitleg bij elk cijfer',
        paragraphs: [
          'Elk cijfer van de uitkomst heeft een afleiding: de formule in woorden en met de getallen, elk getal met zijn herkomst (document en tabel, een aanname van het scenario, een project, of een ander cijfer met een eigen afleiding) en de waarschuwingen die het raken. Bijvoorbeeld: tekort 2030 Hilversum = doel − prognose = 3.200 − (365 + 182,5 × 7) = 1.557,5. In de verkenner opent een klik op een cijfer zijn afleiding; een memo geeft die van de kerncijfers in een bijlage.',
          'De verkenner rondt niet af tijdens het rekenen; afronden gebeurt pas bij het tonen. Verschillen worden uit de onafgeronde cijfers berekend.',
        ],
      },
      openPunten: {
        title: 'Keuzes waar de bronnen niets zeggen',
        paragraphs: [
          'Het benodigde tempo is nooit negatief en 0 als er geen jaren meer resten; het regionale benodigde tempo is de som van de gemeenten.',
          'In de instelling op koers is het betaalbare tempo begrensd door het totale tempo (Laren).',
          'Een los jaarcijfer naast een meerjarig totaal telt zoals gegeven; het totaal vult de andere jaren.',
          'Hebben gemeenten verschillende basisjaren, dan loopt het gerealiseerde pad van de regio tot het vroegste basisjaar, terwijl de regionale realisatie de som tot ieders eigen basisjaar is. Met de brongegevens (alles tot en met 2023) speelt dit niet.',
          'De verdeelsleutel sociale huur combineert inwoners van 1 januari 2024 met het aandeel sociale huur van 2017: de meest recente cijfers van beide.',
        ],
      },
    },
  },
  {
    chapters: {
      gegevens: {
        title: 'Data and provenance',
        paragraphs: [
          'The Woonzorgverkenner has no figures of its own. Every figure has a value, a unit, a period or reference date, its source document (000 to 004), the place in that document (table or section) and a note where needed. When an analyst adds a municipality, a year or a correction, the calculation uses it; the source value stays visible beside the edit.',
          'An empty cell in a source is "no value", not 0. The exception is noted with the figure: the facilities table of 000 only names the municipalities that have a facility, so the others are 0 there.',
          'The calculation uses: the build programme 2022–2030 per municipality, total and affordable (laag en midden), and completions 2022–2023 (all completions and S+M app), all from 004 Bijlage 2; the need for homes for older people in 2030 per municipality (004 Bijlage 2) and the regional figures of the text (004 §1.3 and Bijlage 1); 245 homes a year for vulnerable groups and the 107 who moved in 2022 (004 Bijlage 1); inhabitants per municipality on 1 January 2024 (000, CBS); the social-rent share of the stock (003 Table 5); the facilities per municipality (000 and 003).',
          'Other figures are shown and checked but do not (yet) count: the components of the vulnerable groups, context such as waiting lists and reports of confused behaviour (002), and the support costs and numbers of people leaving sheltered housing (001).',
        ],
      },
      gemeenten: {
        title: 'Which municipalities take part',
        paragraphs: [
          'The calculation uses the seven municipalities that are members of the region in 2022–2030: Blaricum, Eemnes, Gooise Meren, Hilversum, Huizen, Laren and Wijdemeren.',
          'Eemnes belongs to the region for care and shelter but is not part of the Woondeal MRA. Its row in 004 Bijlage 2 is empty: no build programme, no completions and no need for older people. So Eemnes has no result for the programme, the affordable segment and older people ("no data", never 0), but it does take part in the allocation of vulnerable groups, unless the scenario excludes it.',
          'Weesp merged into Amsterdam in 2022. It appears only in old tables (2019 and earlier) and is not calculated.',
          'The region is always the sum over the municipalities that have the figure: programme, affordable and older people over six municipalities, vulnerable groups over seven. Printed regional totals in the sources are only checked, never used.',
        ],
      },
      jaren: {
        title: 'Years, base year and horizon',
        paragraphs: [
          'Years are calendar years. The build programme runs from 2022 to 2030 (9 years); those years come from the Woondeal figures themselves.',
          'The base year is the last year with known completions; 2023 in the source data. Completed means everything completed from 2022 up to and including the base year. When completions for a later year are added, the base year moves with them.',
          'The source gives completions as one total for 2022 and 2023. Where a yearly figure is needed (in the charts), the total is split evenly over both years and marked as estimated: Hilversum’s 365 becomes 182.5 in 2022 and 182.5 in 2023. A single-year figure beside the total counts as given and the total fills the other years with what remains, so no home counts twice. A missing year counts as 0, with a warning.',
          'The horizon is the last year the scenario calculates: 2030 by default, at most 2040.',
        ],
      },
      bouwprogramma: {
        title: 'Build programme',
        paragraphs: [
          'For each municipality with a build programme the target is the Woondeal total for 2022–2030. The current pace is completions divided by the years since 2021 (with base year 2023: divided by 2).',
          'The required pace is what remains divided by the years to 2030: (target − completed) / (2030 − base year). It is never negative: a municipality that has reached its target needs nothing more.',
          'The scenario pace depends on the pace mode. Trend: the current pace times the pace factor (1 by default; a factor per municipality is possible). On track (programme): exactly the required pace. Custom pace: a number of homes per year per municipality; one without a number keeps its current pace. Pipeline: the projects in the register (see the chapter Projects and pipeline).',
          'The projection is completions plus the scenario pace times the years after the base year: projected 2030 = completed + scenario pace × (2030 − base year). The target path runs straight from 0 in 2021 to the target in 2030.',
          'The balance in 2030 is target minus projection. Shortfall and lead are never netted: the shortfall is the positive part, "ahead of schedule" the negative part, each on its own. The catch-up year is the first year in which completions plus projection reach the target, searched up to 2040.',
          'The region: target, completions, paces and projection are sums over the municipalities with a programme (not Eemnes). The Woondeal is an agreement per municipality, so the region’s shortfall is the sum of the municipalities’ shortfalls and its lead the sum of their leads. In Basis: 2,028 short (Blaricum 215, Hilversum 1,557.5, Huizen 75, Wijdemeren 180.5) and 779 ahead (Gooise Meren 690.5, Laren 88.5); net 1,249. The region’s catch-up year is the year the last municipality reaches its target.',
        ],
      },
      betaalbaar: {
        title: 'Affordable segment (laag en midden)',
        paragraphs: [
          'The target is the affordable part of the build programme (004 Bijlage 2). Completions are the S+M app: completed apartments in the social and mid-priced segment. That is a lower bound, since affordable houses with a garden are missing from it.',
          'The historic share is S+M app divided by all completions. In trend and custom pace the affordable pace is the total scenario pace times that share. On track it is exactly the pace for the affordable target, but never faster than the total pace: no more affordable homes can be added than homes in total (in Laren a shortfall of 7 remains for that reason).',
          'Shortfall and lead apart, as for the build programme. The regional target is the sum of the municipalities (4,551), not the printed regional total of 4,561.',
        ],
      },
      ouderen: {
        title: 'Housing for older people',
        paragraphs: [
          'For each municipality with a need figure (not Eemnes) and each type of home: zero-step, clustered and care-suitable.',
          'The need in 2030 comes by default from the municipal table of 004 Bijlage 2. As an alternative a scenario can spread the regional figures of the text (2,305 zero-step, 1,040 clustered, 819 care-suitable; 004 §1.3) over the municipalities pro rata to the table: Hilversum care-suitable then becomes 1,076 / 3,168 × 819 = 278.2. A scenario can also enter its own need per municipality and type; that comes first.',
          'The supply up to 2030 is the new build of the scenario times the share suitable as that type, plus the homes made suitable in the existing stock per year times the number of years. By default the zero-step share is the municipality’s historic share S+M app / completions (at most 100%), and clustered, care-suitable and existing stock are 0. In the pipeline pace mode the projects’ own numbers per type, weighted by their completion probability, take the place of new build, so no home counts twice.',
          'Per type the shortfall is need minus supply, never negative, and the surplus apart. The shortfall of all types together is the sum of the types’ shortfalls: a surplus of zero-step homes builds no clustered or care-suitable home. The region is the sum of the municipalities.',
          'The required share is the part of the new build of the scenario up to 2030 that would have to suit older people to meet the need, per type after what existing stock and projects supply. It is capped at 100% and flagged when the new build is smaller than what it must supply: then a shortfall remains even if all new build suits older people.',
        ],
      },
      aandachtsgroepen: {
        title: 'Vulnerable groups',
        paragraphs: [
          'The regional demand runs from the start year (2025 by default) to the horizon. The level is 245 social-rent homes a year from 004, unless the scenario sets its own. Flat (default): the same level every year. Rising: linear from the 107 who moved in 2022 to the level in 2030, flat after; with start year 2025 the series starts at 158.75.',
          'The demand is divided over the municipalities by an allocation key: by inhabitants on 1 January 2024 (default), equally, by inhabitants times the social-rent share of the stock (003 Table 5), or by custom weights. A scenario can exclude municipalities; the weights are then rescaled to 100% over the others.',
          'A municipality’s task per year is the demand in the horizon year times its weight; the total task is the sum over the years. Hilversum: 94,435 / 254,538 = 37.1%, so 90.9 a year and 545 over 2025–2030. Where realised placements per municipality were entered, they are set against the task over the same years, with shortfall and surplus apart.',
        ],
      },
      normen: {
        title: 'Regional norms',
        paragraphs: [
          'The sources name three norms: two thirds of additions affordable and at least 50% of new build zero-step (004 §5.1), and 30% social rent (Woonakkoord, 002). For each municipality and the region the share in the programme, in the scenario and in completions stands beside the norm.',
          'Each share says what kind of figure it is: exact, a lower bound (S+M app counts apartments only) or an upper bound (laag en midden includes more than social rent). A lower bound below the norm or an upper bound above it tells nothing; the verdict is then "unknown".',
        ],
      },
      solidariteit: {
        title: 'Solidarity: facilities',
        paragraphs: [
          'For each type of facility (sheltered housing, respite, shelter, Keerpunt, In Between Places) and each municipality, what exists (the latest count, from 000) is set against the fair share: the regional total times the municipality’s weight under the allocation key of the scenario. A difference above 0 means the municipality carries more than its share. All three also per 10,000 inhabitants.',
          'Example: the Keerpunt has 6 units, all in Hilversum. Hilversum’s fair share by inhabitants is 6 × 94,435 / 254,538 = 2.23.',
          'A scenario can place facilities: add units in a municipality, remove or move them, with year and status. A second Keerpunt of 6 units in Gooise Meren gives 12 units in the region: Gooise Meren 6 against a fair share of 2.85, Hilversum 6 against 4.45. Planned changes named in the sources only count once the analyst adds them to the scenario as a placement.',
          'The placement advice recalculates the ledger for a new facility placed in each municipality in turn and ranks them by how close every municipality then is to its share per 10,000 inhabitants. It weighs no site, support or care content and decides nothing.',
        ],
      },
      pijplijn: {
        title: 'Projects and pipeline',
        paragraphs: [
          'A project has a name, municipality, expected completion year, status (idea, planning, adopted, permitted, under construction, completed), the number of homes in total and per kind (affordable, social rent, zero-step, clustered, care-suitable) and a note.',
          'In the pipeline pace mode the new build in a year is the sum of the projects completed that year, each times the completion probability of its status. Those probabilities are assumptions of the scenario; by default idea 10%, planning 30%, adopted 60%, permitted 80%, under construction 95%, completed 100%.',
          'Projects completed up to the base year are already in the completions and do not count again. After the last project nothing more is added. A municipality without projects after the base year does not build 0: it keeps the custom pace the scenario gives it, or else its trend, and the result says which municipalities are calculated from the register. Example: Hilversum with one permitted project of 400 homes in 2027 reaches 365 + 0.8 × 400 = 685 in 2030.',
          'In the other pace modes projects are not added: the pace already covers what is built.',
        ],
      },
      onzekerheid: {
        title: 'Uncertainty, sensitivity and what it would take',
        paragraphs: [
          'The sources call their own figures indicative: 245 homes a year is "estimated", the building pace was measured over only two years, and the care-suitable need is 819 in the text and 3,168 in the table. A scenario can give an assumption a low and a high value (a range), and leave a choice where the sources disagree open, with a weight per option.',
          'With those ranges the scenario is calculated 10,000 times, each time with drawn values (a triangular distribution between low, likely and high), from a fixed seed: the same scenario always gives the same result. Each figure gets P10, P50 and P90. The band is the spread of the assumptions entered, not a forecast error: what has no range does not vary.',
          'Example, scenario Basis with ranges: region programme shortfall 2030 likely 2,028, P10 1,774, P90 2,276.',
          'Sensitivity per assumption: each uncertain assumption alone from low to high, the rest at their likely value, ranked by the swing. What would it take: for each shortfall the value of one lever (building pace, pace factor, zero-step share, existing homes made suitable) that closes it. Hilversum in Basis: building pace from 182.5 to 405 a year, or pace factor 2.22.',
        ],
      },
      scenarios: {
        title: 'The built-in scenarios',
        paragraphs: [
          'A scenario only states where it differs from the defaults: trend × 1, need from the municipal table, historic zero-step share, clustered and care-suitable 0%, no existing stock, 245 a year from 2025, flat, allocation by inhabitants, horizon 2030.',
          '“Basis: trend 2022–2023”: all assumptions at their defaults. “Programma: op koers”: every municipality builds from 2024 exactly the pace that reaches its Woondeal target in 2030 (region 807 a year, shortfall 0). “Trend, 50 % nieuwbouw nultreden”: the trend, but half of new build is zero-step (the regional agreement). “Basis met bandbreedtes”: the basis with the uncertainty the sources themselves name.',
        ],
      },
      voorbeeld: {
        title: 'Worked example: Hilversum in Basis',
        paragraphs: [
          'Build programme: target 3,200; completed in 2022–2023 365, so 182.5 a year. Projected 2030: 365 + 182.5 × 7 = 1,642.5. Shortfall: 3,200 − 1,642.5 = 1,557.5. Required pace: (3,200 − 365) / 7 = 405 a year. At this pace the target is reached in 2039.',
          'Affordable: target 2,112; S+M app 166 (lower bound), a share of 45.5% of completions; 83 a year; projected 2030 747; shortfall 1,365.',
          'Older people: new build 2024–2030 1,277.5, of which 45.5% zero-step: 581. Shortfall zero-step 925 − 581 = 344, clustered 505, care-suitable 1,076; together 1,925.',
          'Vulnerable groups: weight 37.1%, task 90.9 a year, 545 over 2025–2030.',
          'Region in Basis: target 6,910, completed 1,258, 629 a year, projected 2030 5,661, shortfall 2,028 and 779 ahead of schedule. Older people: need 6,393, supply 823, shortfall 5,571. Vulnerable groups: 245 a year, 1,470 over 2025–2030.',
        ],
      },
      nieuweGegevens: {
        title: 'New data: imports and history',
        paragraphs: [
          'Completions for a new year arrive as a new figure per municipality, with the file, the import date and the reference date as source. The base year moves forward: Hilversum with 250 in 2024 reaches 615 completed, 205 a year and a shortfall of 1,355 in 2030.',
          'A correction to an existing figure becomes an edit beside the source value, which stays visible. Every change is in the history with time, old and new value and source, and can be reverted. An import is checked and calculated first; only on "Import" is it applied, all at once, and with a single error nothing is read in.',
        ],
      },
      controles: {
        title: 'Consistency checks',
        paragraphs: [
          'The sources contradict themselves; the app shows this instead of hiding it. The checks run on every dataset (source, edited or imported) and report each finding with the figures involved and their source.',
          'Checked are: a regional total (in a table or in the text) against the sum of the municipalities; laag en midden = 66% of the total per row; a part no larger than the whole; a sum written out in a cell; and missing, empty and duplicate rows.',
          'In the source data: regional total affordable 4,561 against 4,551 as a sum; Wijdemeren affordable 320 where 66% gives 330; the need for older people in the text (2,305, 1,040, 819) against the sum of the table (2,200, 1,025, 3,168); "20 + 132 = 33" for sheltered housing in Huizen (probably 20 + 13 with a footnote mark); the empty rows of Eemnes.',
          'The printed figure stays the default. A scenario can choose the alternative: for the need for older people the text figures or its own figure per municipality, for any other figure a replacement value. The result names each replacement.',
        ],
      },
      uitleg: {
        title: 'An explanation for every figure',
        paragraphs: [
          'Every figure of the result has a derivation: the formula in words and with the numbers, each number with its origin (document and table, an assumption of the scenario, a project, or another figure with its own derivation) and the warnings that touch it. For example: shortfall 2030 Hilversum = target − projection = 3,200 − (365 + 182.5 × 7) = 1,557.5. In the explorer a click on a figure opens its derivation; a memo gives those of the key figures in an appendix.',
          'Nothing is rounded while calculating; rounding happens only when a figure is shown. Differences are taken from the unrounded figures.',
        ],
      },
      openPunten: {
        title: 'Choices where the sources are silent',
        paragraphs: [
          'The required pace is never negative and 0 when no years remain; the region’s required pace is the sum of the municipalities’.',
          'In the on-track mode the affordable pace is capped by the total pace (Laren).',
          'A single-year figure beside a multi-year total counts as given; the total fills the other years.',
          'When municipalities have different base years, the region’s completed path runs to the earliest base year, while the region’s completions are the sum up to each one’s own base year. With the source data (all up to 2023) this does not arise.',
          'The social-rent allocation key combines inhabitants on 1 January 2024 with the social-rent share of 2017: the most recent figures of both.',
        ],
      },
    },
  },
);
