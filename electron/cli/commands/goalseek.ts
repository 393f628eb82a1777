import { z } from 'zod';
import { REGION } from '../../../shared/explain/explain';
import { formatNumber, formatPercent, type Locale } from '../../../shared/format/nl';
import { texts, type Catalogue } from '../../../shared/i18n/catalogue';
import type { Result } from '../../../shared/result/schema';
import { GoalSeek, type GoalAnswer } from '../../../shared/result/uncertainty';
import { goalSeek } from '../../../shared/uncertainty/goalSeek';
import { withStore, type CliContext } from '../context';
import { CliError } from '../io';
import { textTable } from '../textTable';
import { checkedResult, scenarioFromRef } from './scenarioRef';
import { localeOption, placeName, placeOption } from './sensitivity';

export type GoalSeekOptions = { scenario?: string; gemeente?: string; json: boolean; lang?: string };

const GoalSeeks = z.array(GoalSeek);

/**
 * `goalseek --scenario ID [--gemeente CODE|NAAM|regio] [--json] [--lang nl|en]`: "wat is er
 * nodig" (MODEL.md §5.6): per gap the value of each lever that closes it, all else as in the
 * scenario. Without --gemeente every gemeente with a programme and the region (last). --json: an
 * array of GoalSeek objects, one per place, also for one place.
 */
export async function goalSeekCommand(ctx: CliContext, o: GoalSeekOptions): Promise<void> {
  if (!o.scenario) throw new CliError('Geef een scenario: goalseek --scenario ID [--gemeente CODE|NAAM|regio].');
  const locale = localeOption(o.lang);
  const scenarioOf = scenarioFromRef(ctx, o.scenario);
  const placeRef = o.gemeente;
  await withStore(ctx, async (store) => {
    const scenario = await scenarioOf(store);
    const ds = await store.dataset.dataset();
    const one = placeRef === undefined ? null : await placeOption(store, placeRef);
    const result = checkedResult(ds, scenario);
    const places = one !== null ? [one] : [...result.gemeenten.filter((g) => g.programme !== null).map((g) => g.code), REGION];
    const seeks = places.map((where) => {
      const seek = goalSeek(ds, scenario, where, result);
      if (!seek) throw new CliError(`Gemeente "${placeRef ?? where}" heeft geen uitkomsten in dit scenario. Kies een andere gemeente of "regio".`);
      return seek;
    });
    // Parsing is the contract check at the boundary, as for `run`.
    const checked = GoalSeeks.parse(seeks);
    if (o.json) ctx.io.out(JSON.stringify(checked, null, 2) + '\n');
    else ctx.io.out(goalSeekText(checked, result, scenario.name, locale));
  });
}

type Words = Catalogue['uncertaintyPanels']['goalSeek'];

// The values worded as the panel "Wat is er nodig" words them (renderer/src/components/uncertainty/GoalSeekPanel.tsx).

/** A lever's value in its unit: homes a year, a factor, a share, a year. */
function leverValue(a: GoalAnswer, v: number, w: Words, locale: Locale): string {
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

/** The value now without its unit: in "now → needed" the unit follows the second. */
function bareValue(a: GoalAnswer, v: number, w: Words, locale: Locale): string {
  if (a.lever === 'pace' || a.lever === 'existingStock') return formatNumber(v, 1, locale);
  if (a.lever === 'paceMultiplier') return formatNumber(v, 2, locale);
  return leverValue(a, v, w, locale);
}

function boundsText(a: GoalAnswer, w: Words, locale: Locale): string {
  const [lo, hi] = a.bounds;
  if (a.lever === 'nultredenShare') return `${formatNumber(lo * 100, 0, locale)}–${formatPercent(hi, 0, locale)}`;
  if (a.lever === 'paceMultiplier') return `${formatNumber(lo, 0, locale)}–${formatNumber(hi, 0, locale)}`;
  if (a.lever === 'catchUpYear') return `${lo}–${hi}`;
  return `${formatNumber(lo, 0, locale)}–${w.perYear(formatNumber(hi, 0, locale))}`;
}

function leverName(a: GoalAnswer, t: Catalogue): string {
  const w = t.uncertaintyPanels.goalSeek.lever;
  return a.lever === 'existingStock' ? w.existingStock(t.terms.housingType[a.type ?? 'nultreden']) : w[a.lever];
}

function gapName(path: string, t: Catalogue, programmeEnd: number): string {
  const w = t.uncertaintyPanels.goalSeek.gapName;
  const elderly = /^elderly\.(nultreden|geclusterd|zorggeschikt)\.shortfall$/.exec(path);
  if (elderly) return w.elderly(t.terms.housingType[elderly[1] as 'nultreden']);
  return w.programme(String(programmeEnd));
}

/** The change that closes the gap, or why there is none; with how it was found. */
function answerText(a: GoalAnswer, w: Words, locale: Locale): string {
  if (a.status === 'closed') return w.closed;
  if (a.status === 'notApplicable') return w.notApplicable;
  if (a.lever === 'catchUpYear') return a.value !== null && a.status === 'closes' ? w.catchUp.reached(String(a.value)) : w.catchUp.notBefore(String(a.bounds[1] + 1));
  const method = a.method === 'result' ? '' : ` (${w.method[a.method]})`;
  if (a.status === 'infeasible' || a.value === null) return w.infeasible(boundsText(a, w, locale)) + method;
  const now = a.current === null ? w.fromHistory : bareValue(a, a.current, w, locale);
  return `${now} → ${leverValue(a, a.value, w, locale)}${method}`;
}

function goalSeekText(seeks: readonly GoalSeek[], result: Result, scenarioName: string, locale: Locale): string {
  const t = texts(locale);
  const w = t.uncertaintyPanels.goalSeek;
  const c = t.uncertaintyPanels.cli;
  const lines = [w.intro, ''];
  for (const seek of seeks) {
    lines.push(c.about(c.placeTitle(w.heading, placeName(result, seek.where, locale)), scenarioName));
    const gaps: { path: string; shortfall: number; answers: GoalAnswer[] }[] = [];
    for (const a of seek.answers) {
      const gap = gaps.find((g) => g.path === a.gap.path);
      if (gap) gap.answers.push(a);
      else gaps.push({ path: a.gap.path, shortfall: a.shortfall, answers: [a] });
    }
    if (gaps.length === 0) lines.push(`  ${w.noGaps}`);
    const rows: string[][] = [];
    for (const g of gaps) {
      rows.push([w.gap(gapName(g.path, t, result.programmeEnd), formatNumber(g.shortfall, 0, locale)), '']);
      // A gap with nothing to close says so once, as the panel does.
      if (g.answers.every((a) => a.status === 'closed')) rows.push([`  ${w.closed}`, '']);
      else for (const a of g.answers) rows.push([`  ${leverName(a, t)}`, answerText(a, w, locale)]);
    }
    // The table's rule under a blank header: each place's rows line up on their own.
    if (rows.length > 0) lines.push(...textTable(['', ''], rows, [false, false]).split('\n').slice(2));
    lines.push('');
  }
  return lines.join('\n');
}
