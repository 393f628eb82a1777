import { z } from 'zod';
import { REGION } from '../../../shared/explain/explain';
import { formatNumber, type Locale } from '../../../shared/format/nl';
import { texts } from '../../../shared/i18n/catalogue';
import { answerText, answerWords, gapName, gapsOf, leverName, methodNote } from '../../../shared/i18n/goalSeekWords';
import type { Result } from '../../../shared/result/schema';
import { GoalSeek, type GoalAnswer } from '../../../shared/result/uncertainty';
import { goalSeek } from '../../../shared/uncertainty/goalSeek';
import { withStore, type CliContext } from '../context';
import { CliError } from '../io';
import { textTable } from '../textTable';
import { checkedResult, scenarioFromRef } from './scenarioRef';
import { localeOption, placeName, placeOption } from './options';

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

/** An answer's words as the panel "Wat is er nodig" has them, with how it was found. */
function answerLine(a: GoalAnswer, locale: Locale): string {
  const method = methodNote(a, locale);
  return answerText(answerWords(a, locale)) + (method ? ` ${method.text}` : '');
}

function goalSeekText(seeks: readonly GoalSeek[], result: Result, scenarioName: string, locale: Locale): string {
  const t = texts(locale);
  const w = t.uncertaintyPanels.goalSeek;
  const c = t.uncertaintyPanels.cli;
  const lines = [w.intro, ''];
  for (const seek of seeks) {
    lines.push(c.about(c.placeTitle(w.heading, placeName(result, seek.where, locale)), scenarioName));
    const gaps = gapsOf(seek.answers);
    if (gaps.length === 0) lines.push(`  ${w.noGaps}`);
    const rows: string[][] = [];
    for (const g of gaps) {
      rows.push([w.gap(gapName(g.path, result.programmeEnd, locale), formatNumber(g.shortfall, 0, locale)), '']);
      // A gap with nothing to close says so once, as the panel does.
      if (g.answers.every((a) => a.status === 'closed')) rows.push([`  ${w.closed}`, '']);
      else for (const a of g.answers) rows.push([`  ${leverName(a, locale)}`, answerLine(a, locale)]);
    }
    // The table's rule under a blank header: each place's rows line up on their own.
    if (rows.length > 0) lines.push(...textTable(['', ''], rows, [false, false]).split('\n').slice(2));
    lines.push('');
  }
  return lines.join('\n');
}
