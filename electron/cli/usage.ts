export const USAGE = `Woonzorgverkenner — opdrachtregel

Gebruik: npm run --silent cli -- <opdracht> [opties]

Opdrachten:
  data [--json]                               de dataset met bronnen, en de consistentiecontroles
  scenarios [--json]                          de opgeslagen scenario's
  scenario create --name NAAM [--from ID] [--description TEKST] [--set sleutel=waarde ...]
  scenario update ID [--name NAAM] [--set sleutel=waarde ...]
  scenario show ID [--json]                   aannames (met standaardwaarden) en versies
  scenario export ID --out BESTAND.json
  scenario import BESTAND.json [--name NAAM]
  scenario delete ID                          verwijderen (terug te halen met restore)
  scenario restore ID [--version N]           verwijderd scenario of eerdere versie terugzetten
  run --scenario ID|NAAM|BESTAND.json [--json|--csv]
  ledger --scenario ID [--json|--csv]          solidariteit: voorzieningen per gemeente tegen het eerlijke
                                              deel naar de verdeelsleutel van het scenario (Uitleg › Methode), ook na de
                                              geplande plaatsingen van het scenario, en alle soorten samen (gewogen)
  advise --type SOORT --units N [--scenario ID] [--json]
                                              plaatsingsadvies: elke gemeente als plek voor een nieuwe voorziening,
                                              gerangschikt naar de afstand tot een eerlijke verdeling (maat erbij)
  norms --scenario ID [--json|--csv]           normen (50 % nultreden, 2/3 betaalbaar, 30 % sociale huur) per gemeente: programma, scenario, realisatie
  explain --scenario ID --gemeente CODE|NAAM|regio [--figure PAD] [--json] [--lang nl|en]
                                              hoe een cijfer berekend is: de formule met de getallen, elk
                                              getal met zijn bron; zonder --figure alle cijfers op een rij
  sensitivity --scenario ID --figure PAD [--gemeente CODE|NAAM|regio] [--json] [--lang nl|en]
                                              gevoeligheid (Uitleg › Methode): elke bandbreedte of open keuze van het
                                              scenario apart van laag naar hoog, gerangschikt naar het verschil in
                                              het cijfer; zonder --gemeente de regio. PAD: programme.shortfall2030,
                                              affordable.shortfall2030, elderly.total.shortfall, elderly.nultreden.shortfall,
                                              elderly.geclusterd.shortfall, elderly.zorggeschikt.shortfall,
                                              aandachtsgroepen.taskCumulative
  goalseek --scenario ID [--gemeente CODE|NAAM|regio] [--json] [--lang nl|en]
                                              wat is er nodig: per tekort de waarde van elke knop (tempo, tempofactor,
                                              aandeel nultreden, bestaande voorraad, inhaaljaar) die het sluit, al het
                                              andere zoals in het scenario; zonder --gemeente elke gemeente met een
                                              programma en de regio
  export --scenario ID [--compare ID ...] [--reference ID] --format docx|pptx|xlsx|csv|png|svg --out BESTAND [--chart ID] [--lang nl|en]
                                              memo, presentatie, werkmap, CSV of grafiek (png/svg: standaard
                                              de tekortgrafiek; --chart gap, elderlyGap, path-regio, compare,
                                              path-GM0402 …). Met --compare: verschillen ten opzichte van
                                              --reference (standaard het eerste scenario); png/svg tekent dan
                                              een vergelijkingsgrafiek (compare, compare-elderly-types,
                                              compare-elderly). Grafieken vragen Edge, Chrome of Chromium.
  import --kind realisation|projects|figures|plaatsingen --file BESTAND [--peildatum jjjj-mm-dd] [--dry-run] [--json]
                                              CSV of XLSX inlezen: eerst een rapport per rij en kolom; bij fouten
                                              wordt niets ingelezen (exitcode 2); --dry-run toont alleen het rapport;
                                              plaatsingen: huishoudens uit de aandachtsgroepen per gemeente en jaar
  import --kind K --template                  het CSV-sjabloon voor die soort gegevens
  history [--json]                            alle wijzigingen in de gegevens (bewerkingen, imports, terugdraaiingen)
  history revert N | revert-import N          één wijziging of een hele import terugdraaien
  backups [--json] | backups restore ID       reservekopieën (elke dag en voor import, terugdraaien, migratie); terugzetten

Algemene opties:
  --db PAD      een ander databasebestand (standaard: de map met gebruikersgegevens van de app,
                of WOONZORGVERKENNER_DB)
  --debug       bij een fout ook de technische details (voor de beheerder)
  --help        deze tekst

Voorbeelden van --set:
  --set programme.paceMultiplier=1,2          tempofactor 1,2 (trend)
  --set programme.paceMode=programme          precies op koers
  --set programme.customPace.Hilversum=300    eigen tempo per gemeente (met paceMode=custom)
  --set elderly.newBuildShare.nultreden=50%   aandeel nultreden in de nieuwbouw
  --set elderly.needSource=regioTekst         regiocijfers uit de tekst in plaats van de gemeentetabel
  --set aandachtsgroepen.excluded=Eemnes      gemeente niet meetellen in de verdeling
  --set horizon=2035
  --set dataOverrides.bouwprogramma.laagMidden:GM1696:2022-2030=330
                                              andere lezing van een tegenstrijdig broncijfer

Uitvoer: exitcode 0 bij succes, 2 bij onjuiste invoer, 1 bij een probleem met de database.
`;
