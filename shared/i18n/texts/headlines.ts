import { defineTexts } from '../define';
import { EN, NL } from '../format';

/**
 * The deck's words: slide titles that state the conclusion, written from the figures
 * (shared/export/headlines.ts), the speaker notes' labels, and a chart's one-sentence data
 * summary where its builder gave no alt text.
 */
export const headlines = defineTexts(
  {
    gemeenteShortfall: (name: string, year: number, homes: number) => `${name} mist in ${year} ${NL.n(homes)} woningen`,
    gemeenteSurplus: (name: string, year: number, homes: number) => `${name} bouwt tot ${year} ${NL.n(homes)} woningen meer dan het programma`,
    gemeenteOnTarget: (name: string, year: number) => `${name} haalt in ${year} precies het programma`,
    gemeenteNoProgramme: (name: string) => `${name} heeft geen bouwprogramma`,
    gemeenteNoProgrammeElderly: (name: string, homes: number) => `${name} heeft geen bouwprogramma; voor ouderen ontbreken ${NL.n(homes)} woningen`,
    regionShortfall: (year: number, homes: number, behind: number) =>
      behind === 0 ? `In ${year} loopt geen gemeente achter op haar programma` : `In ${year} missen ${behind === 1 ? 'één gemeente' : `${behind} gemeenten`} samen ${NL.n(homes)} woningen`,
    regionProgramme: (year: number, projected: number, target: number) => `In ${year} staan er ${NL.n(projected)} van de ${NL.n(target)} geprogrammeerde woningen (${NL.pct(target > 0 ? projected / target : null, 0)})`,
    elderly: (homes: number) => (homes > 0 ? `Voor ouderen ontbreken in de regio ${NL.n(homes)} geschikte woningen` : 'Er zijn genoeg woningen voor ouderen in de regio'),
    /** The shortfall a comparison slide is about (its chart): the programme's or the elderly's. */
    comparisonWhat: { programme: 'het tekort', elderly: 'het tekort aan woningen voor ouderen' },
    comparisonDiffers: (what: string, year: number, best: string, homes: number, reference: string, referenceHomes: number) =>
      `In ${year} is ${what} het kleinst bij ‘${best}’: ${NL.n(homes)} woningen, tegen ${NL.n(referenceHomes)} bij de referentie ‘${reference}’`,
    comparisonReferenceBest: (what: string, year: number, reference: string, homes: number, other: string, otherHomes: number) =>
      `In ${year} is ${what} het kleinst bij de referentie ‘${reference}’: ${NL.n(homes)} woningen, tegen ${NL.n(otherHomes)} bij ‘${other}’`,
    comparisonSame: (what: string, year: number, homes: number) => `${what.charAt(0).toUpperCase()}${what.slice(1)} in ${year} is in elk scenario ${NL.n(homes)} woningen`,
    notes: {
      points: 'Kernpunten',
      shows: 'Op deze dia',
      sources: 'Bronnen',
    },
    alt: {
      bars: (title: string, label: string, value: string, count: number) => `${title}: ${count} ${count === 1 ? 'staaf' : 'staven'}; de grootste is ${label} met ${value}.`,
      lines: (title: string, parts: readonly string[]) => `${title}: ${NL.list([...parts])}.`,
      line: (series: string, fromLabel: string, from: string, toLabel: string, to: string) => `${series} van ${from} in ${fromLabel} naar ${to} in ${toLabel}`,
      plain: (title: string) => `Grafiek: ${title}.`,
    },
  },
  {
    gemeenteShortfall: (name, year, homes) => `${name} is ${EN.n(homes)} homes short in ${year}`,
    gemeenteSurplus: (name, year, homes) => `${name} builds ${EN.n(homes)} homes more than its programme by ${year}`,
    gemeenteOnTarget: (name, year) => `${name} meets its programme exactly in ${year}`,
    gemeenteNoProgramme: (name) => `${name} has no building programme`,
    gemeenteNoProgrammeElderly: (name, homes) => `${name} has no building programme; older people lack ${EN.n(homes)} homes`,
    regionShortfall: (year, homes, behind) =>
      behind === 0 ? `In ${year} no municipality is behind its programme` : `In ${year} ${behind === 1 ? 'one municipality is' : `${behind} municipalities are`} ${EN.n(homes)} homes short together`,
    regionProgramme: (year, projected, target) => `By ${year} ${EN.n(projected)} of the ${EN.n(target)} programmed homes stand (${EN.pct(target > 0 ? projected / target : null, 0)})`,
    elderly: (homes) => (homes > 0 ? `The region lacks ${EN.n(homes)} suitable homes for older people` : 'The region has enough homes for older people'),
    comparisonWhat: { programme: 'the shortfall', elderly: 'the shortfall of homes for older people' },
    comparisonDiffers: (what, year, best, homes, reference, referenceHomes) => `In ${year} ${what} is smallest in ‘${best}’: ${EN.n(homes)} homes, against ${EN.n(referenceHomes)} in the reference ‘${reference}’`,
    comparisonReferenceBest: (what, year, reference, homes, other, otherHomes) => `In ${year} ${what} is smallest in the reference ‘${reference}’: ${EN.n(homes)} homes, against ${EN.n(otherHomes)} in ‘${other}’`,
    comparisonSame: (what, year, homes) => `${what.charAt(0).toUpperCase()}${what.slice(1)} in ${year} is ${EN.n(homes)} homes in every scenario`,
    notes: {
      points: 'Key points',
      shows: 'On this slide',
      sources: 'Sources',
    },
    alt: {
      bars: (title, label, value, count) => `${title}: ${count} ${count === 1 ? 'bar' : 'bars'}; the largest is ${label} at ${value}.`,
      lines: (title, parts) => `${title}: ${EN.list([...parts])}.`,
      line: (series, fromLabel, from, toLabel, to) => `${series} from ${from} in ${fromLabel} to ${to} in ${toLabel}`,
      plain: (title) => `Chart: ${title}.`,
    },
  },
);
