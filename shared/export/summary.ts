import { formatNumber, formatPercent, type Locale } from '../format/nl';
import type { Result } from '../result/schema';

/**
 * The memo's short summary, written from the result (never canned): pace, 2030 position, the
 * largest gaps, elderly housing and aandachtsgroepen, in plain Dutch (or English).
 */
export function summaryParagraphs(result: Result, locale: Locale = 'nl-NL'): string[] {
  const nl = locale === 'nl-NL';
  const n = (v: number | null, d = 0) => formatNumber(v, d, locale);
  const out: string[] = [];
  const p = result.region.programme;
  if (p) {
    const share = formatPercent(p.projected2030 / p.target, 1, locale);
    const position =
      p.gap2030 > 0.5
        ? nl
          ? `een tekort van ${n(p.gap2030)} woningen`
          : `a shortfall of ${n(p.gap2030)} homes`
        : nl
          ? `${n(-p.gap2030)} woningen meer dan het programma`
          : `${n(-p.gap2030)} homes more than the programme`;
    const catchUp =
      p.catchUpYear === null
        ? nl
          ? 'Het regionale doel wordt vóór 2041 niet gehaald.'
          : 'The regional target is not reached before 2041.'
        : nl
          ? `Het regionale doel wordt gehaald in ${p.catchUpYear}.`
          : `The regional target is reached in ${p.catchUpYear}.`;
    out.push(
      nl
        ? `In het scenario '${result.scenarioName}' worden in de regio ${n(p.scenarioPace, 1)} woningen per jaar opgeleverd (gerealiseerd tempo 2022–${result.baseYear}: ${n(p.currentPace, 1)} per jaar; nodig voor het Woondeal-programma: ${n(p.requiredPace, 1)} per jaar). Dan staan er in 2030 ${n(p.projected2030)} van de ${n(p.target)} geprogrammeerde woningen (${share}): ${position}. ${catchUp}`
        : `In scenario '${result.scenarioName}' the region completes ${n(p.scenarioPace, 1)} homes a year (realised pace 2022–${result.baseYear}: ${n(p.currentPace, 1)} a year; required for the Woondeal programme: ${n(p.requiredPace, 1)} a year). By 2030 that gives ${n(p.projected2030)} of the ${n(p.target)} programmed homes (${share}): ${position}. ${catchUp}`,
    );
    const behind = result.gemeenten.filter((g) => g.programme && g.programme.gap2030 > 0.5).sort((a, b) => (b.programme?.gap2030 ?? 0) - (a.programme?.gap2030 ?? 0));
    const ahead = result.gemeenten.filter((g) => g.programme && g.programme.gap2030 < -0.5);
    const list = behind.map((g) => `${g.name} (${n(g.programme?.gap2030 ?? null)})`).join(', ');
    if (behind.length > 0 || ahead.length > 0) {
      out.push(
        nl
          ? `${behind.length > 0 ? `Achter op het programma: ${list}.` : 'Geen gemeente loopt achter op het programma.'}${ahead.length > 0 ? ` Voor op schema: ${ahead.map((g) => g.name).join(', ')}.` : ''}`
          : `${behind.length > 0 ? `Behind the programme: ${list}.` : 'No municipality is behind the programme.'}${ahead.length > 0 ? ` Ahead of schedule: ${ahead.map((g) => g.name).join(', ')}.` : ''}`,
      );
    }
  }
  const e = result.region.elderly;
  if (e) {
    const share = e.requiredShare === null ? '' : formatPercent(e.requiredShare, 0, locale);
    out.push(
      nl
        ? `Ouderenhuisvesting 2030: tekort van ${n(e.nultreden.gap)} nultredenwoningen, ${n(e.geclusterd.gap)} geclusterde en ${n(e.zorggeschikt.gap)} zorggeschikte woningen (samen ${n(e.total.gap)}).${share ? ` Om de behoefte uit nieuwbouw te dekken zou ${share} van het resterende programma ouderengeschikt moeten zijn${e.requiredShareAbove100 ? '; het programma alleen is daarvoor te klein' : ''}.` : ''}`
        : `Housing for older people 2030: a shortfall of ${n(e.nultreden.gap)} zero-step, ${n(e.geclusterd.gap)} clustered and ${n(e.zorggeschikt.gap)} care-suitable homes (${n(e.total.gap)} in all).${share ? ` To meet the need from new build, ${share} of the remaining programme would have to be suitable${e.requiredShareAbove100 ? '; the programme alone is too small for that' : ''}.` : ''}`,
    );
  }
  const a = result.region.aandachtsgroepen;
  const largest = [...result.gemeenten].sort((x, y) => y.aandachtsgroepen.taskPerYear - x.aandachtsgroepen.taskPerYear)[0];
  out.push(
    nl
      ? `Aandachtsgroepen: ${n(a.taskPerYear)} sociale huurwoningen per jaar in ${result.horizon}, ${n(a.taskCumulative)} in totaal t/m ${result.horizon}${largest ? `; de grootste taak ligt bij ${largest.name} (${n(largest.aandachtsgroepen.taskPerYear, 1)} per jaar)` : ''}.`
      : `Vulnerable groups: ${n(a.taskPerYear)} social-rent homes a year in ${result.horizon}, ${n(a.taskCumulative)} in all to ${result.horizon}${largest ? `; the largest task falls to ${largest.name} (${n(largest.aandachtsgroepen.taskPerYear, 1)} a year)` : ''}.`,
  );
  return out;
}

/** For a comparison: what changes against the first scenario. */
export function comparisonParagraph(results: readonly Result[], locale: Locale = 'nl-NL'): string | null {
  const [first, ...others] = results;
  if (!first || others.length === 0) return null;
  const nl = locale === 'nl-NL';
  const n = (v: number) => formatNumber(v, 0, locale);
  const parts = others.map((r) => {
    const a = first.region.programme?.gap2030 ?? 0;
    const b = r.region.programme?.gap2030 ?? 0;
    const diff = b - a;
    return nl
      ? `'${r.scenarioName}' geeft een tekort 2030 van ${n(b)} (${diff <= 0 ? `${n(-diff)} minder` : `${n(diff)} meer`} dan '${first.scenarioName}')`
      : `'${r.scenarioName}' gives a 2030 shortfall of ${n(b)} (${diff <= 0 ? `${n(-diff)} less` : `${n(diff)} more`} than '${first.scenarioName}')`;
  });
  return `${parts.join('; ')}.`;
}
