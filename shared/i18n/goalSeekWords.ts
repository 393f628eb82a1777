import { formatNumber, formatPercent, type Locale } from '../format/nl';
import type { GoalAnswer } from '../result/uncertainty';
import { texts } from './catalogue';

/**
 * "Wat is er nodig" in words (MODEL.md §5.6): how a goal-seek answer reads, the same on the
 * screen's panel and on the command line. The panel and the CLI only lay the words out.
 */

/** The answers of one place grouped by the gap they close, in the goal seek's order. */
export type GapAnswers = { key: string; path: string; shortfall: number; answers: GoalAnswer[] };

export function gapsOf(answers: readonly GoalAnswer[]): GapAnswers[] {
  const gaps: GapAnswers[] = [];
  for (const a of answers) {
    const key = `${a.gap.where}:${a.gap.path}`;
    const group = gaps.find((g) => g.key === key);
    if (group) group.answers.push(a);
    else gaps.push({ key, path: a.gap.path, shortfall: a.shortfall, answers: [a] });
  }
  return gaps;
}

/** A lever's value in its unit: homes a year, a factor, a share, a year. */
export function leverValue(a: GoalAnswer, v: number, locale: Locale): string {
  const w = texts(locale).uncertaintyPanels.goalSeek;
  switch (a.lever) {
    case 'pace':
    case 'existingStock':
      return w.perYear(formatNumber(v, 1, locale));
    case 'paceMultiplier':
      return w.times(formatNumber(v, 2, locale));
    case 'nultredenShare':
      return formatPercent(v, 1, locale);
    case 'catchUpYear':
      return String(v);
  }
}

/** The lever's value without its unit, for "now → needed" where the unit follows the second. */
function bareValue(a: GoalAnswer, v: number, locale: Locale): string {
  if (a.lever === 'pace' || a.lever === 'existingStock') return formatNumber(v, 1, locale);
  if (a.lever === 'paceMultiplier') return formatNumber(v, 2, locale);
  return leverValue(a, v, locale);
}

/** The lever's allowed range: "0–100 %", "0–5", "0–100.000 woningen/jaar". */
export function boundsText(a: GoalAnswer, locale: Locale): string {
  const w = texts(locale).uncertaintyPanels.goalSeek;
  const [lo, hi] = a.bounds;
  if (a.lever === 'nultredenShare') return `${formatNumber(lo * 100, 0, locale)}–${formatPercent(hi, 0, locale)}`;
  if (a.lever === 'paceMultiplier') return `${formatNumber(lo, 0, locale)}–${formatNumber(hi, 0, locale)}`;
  if (a.lever === 'catchUpYear') return `${lo}–${hi}`;
  return `${formatNumber(lo, 0, locale)}–${w.perYear(formatNumber(hi, 0, locale))}`;
}

export function leverName(a: GoalAnswer, locale: Locale): string {
  const t = texts(locale);
  const w = t.uncertaintyPanels.goalSeek.lever;
  return a.lever === 'existingStock' ? w.existingStock(t.terms.housingType[a.type ?? 'nultreden']) : w[a.lever];
}

export function gapName(path: string, programmeEnd: number, locale: Locale): string {
  const t = texts(locale);
  const w = t.uncertaintyPanels.goalSeek.gapName;
  const elderly = /^elderly\.(nultreden|geclusterd|zorggeschikt)\.shortfall$/.exec(path);
  if (elderly) return w.elderly(t.terms.housingType[elderly[1] as 'nultreden']);
  return w.programme(String(programmeEnd));
}

/**
 * What an answer says: the change that closes the gap, or why there is none. "Not feasible"
 * comes in three parts so a layout can keep the bounds on one line.
 */
export type AnswerWords = { text: string } | { before: string; bounds: string; after: string };

/** Where the bounds go in the catalogue's sentence. */
const BOUNDS = '\u0000';

export function answerWords(a: GoalAnswer, locale: Locale): AnswerWords {
  const w = texts(locale).uncertaintyPanels.goalSeek;
  if (a.status === 'closed') return { text: w.closed };
  if (a.status === 'notApplicable') return { text: w.notApplicable };
  if (a.lever === 'catchUpYear') return { text: a.value !== null && a.status === 'closes' ? w.catchUp.reached(String(a.value)) : w.catchUp.notBefore(String(a.bounds[1] + 1)) };
  if (a.status === 'infeasible' || a.value === null) {
    const [before = '', after = ''] = w.infeasible(BOUNDS).split(BOUNDS);
    return { before, bounds: boundsText(a, locale), after };
  }
  const now = a.current === null ? w.fromHistory : bareValue(a, a.current, locale);
  return { text: `${now} → ${leverValue(a, a.value, locale)}` };
}

export const answerText = (words: AnswerWords): string => ('text' in words ? words.text : `${words.before}${words.bounds}${words.after}`);

/** How the answer was found ("exact", "gezocht"), where that is worth saying: not for a read-off result. */
export function methodNote(a: GoalAnswer, locale: Locale): { text: string; title: string } | null {
  if (a.method === 'result' || (a.status !== 'closes' && a.status !== 'infeasible')) return null;
  const w = texts(locale).uncertaintyPanels.goalSeek;
  return { text: `(${w.method[a.method]})`, title: w.methodTitle[a.method] };
}
