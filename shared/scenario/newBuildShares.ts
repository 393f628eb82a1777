import type { z } from 'zod';
import { formatPercent, type Locale } from '../format/nl';
import { editor } from '../i18n/texts/editor';
import { terms } from '../i18n/texts/terms';

/**
 * The shares of new build suitable as nultreden, geclusterd and zorggeschikt (MODEL §5.2) are
 * parts of the same new build: together they can be at most 100 % of it. The schema refuses a
 * scenario whose shares add up to more, regionally and per gemeente (a gemeente's own values
 * merged over the regional ones, as the engine merges them).
 *
 * How null counts: nultreden's regional default is null, the historic share S+M app / realised,
 * which only the dataset knows (at most 100 %). The schema cannot know it, so only explicit values
 * count; the message says so when nultreden is on the historic share.
 *
 * Imports the catalogue's areas directly (not the catalogue): the scenario schema uses this, and
 * the catalogue's other areas import the schema's types.
 */

type Type = 'nultreden' | 'geclusterd' | 'zorggeschikt';
const TYPES: readonly Type[] = ['nultreden', 'geclusterd', 'zorggeschikt'];

/** The elderly parameters this rule reads (a structural subset of ElderlyParams). */
type Shares = {
  newBuildShare: { nultreden: number | null; geclusterd: number; zorggeschikt: number };
  newBuildShareByGemeente: Record<string, { nultreden?: number | undefined; geclusterd?: number | undefined; zorggeschikt?: number | undefined }>;
};

export const SHARES_OVER_100 = 'newBuildSharesOver100';

/** The facts of one refusal; they travel in the zod issue's `params`, so any language can word them. */
export type SharesOver100 = {
  code: typeof SHARES_OVER_100;
  /** CBS code, or null for the regional values. */
  gemeente: string | null;
  shares: Record<Type, number | null>;
  total: number;
};

// Shares are typed as percentages (0,1 + 0,2 + 0,7 must be 100 %, not 100,00000000000001 %).
const EPS = 1e-9;

/** Every place (region, gemeente) where the shares add up to more than all new build. */
export function sharesOver100(elderly: Shares): SharesOver100[] {
  const out: SharesOver100[] = [];
  const check = (gemeente: string | null, shares: Record<Type, number | null>) => {
    const total = TYPES.reduce((sum, t) => sum + (shares[t] ?? 0), 0);
    if (total > 1 + EPS) out.push({ code: SHARES_OVER_100, gemeente, shares, total });
  };
  check(null, elderly.newBuildShare);
  for (const [code, own] of Object.entries(elderly.newBuildShareByGemeente)) {
    check(code, {
      nultreden: own.nultreden ?? elderly.newBuildShare.nultreden,
      geclusterd: own.geclusterd ?? elderly.newBuildShare.geclusterd,
      zorggeschikt: own.zorggeschikt ?? elderly.newBuildShare.zorggeschikt,
    });
  }
  return out;
}

/** Where the refusal sits: at the regional shares, or at the gemeente's own shares. */
export function sharesOver100Path(issue: SharesOver100): string[] {
  return issue.gemeente === null ? ['newBuildShare'] : ['newBuildShareByGemeente', issue.gemeente];
}

const percent = (share: number, locale: Locale) => formatPercent(share, Number.isInteger(Math.round(share * 1e6) / 1e4) ? 0 : 1, locale);

/** The refusal in words; `gemeenteName` turns a CBS code into a name where the caller knows names. */
export function sharesOver100Text(issue: SharesOver100, locale: Locale, gemeenteName: (code: string) => string = (c) => c): string {
  const words = terms[locale].housingType;
  const parts = TYPES.filter((t) => issue.shares[t] !== null && issue.shares[t] !== 0)
    .map((t) => `${words[t]} ${percent(issue.shares[t] ?? 0, locale)}`)
    .join(' + ');
  return editor[locale].sharesOver100({
    gemeente: issue.gemeente === null ? null : gemeenteName(issue.gemeente),
    parts,
    total: percent(issue.total, locale),
    historic: issue.shares.nultreden === null,
  });
}

/** The facts of a zod issue this rule raised, or null for any other issue. */
export function sharesOver100Of(issue: z.core.$ZodIssue): SharesOver100 | null {
  if (issue.code !== 'custom') return null;
  const params = issue.params as Partial<SharesOver100> | undefined;
  return params?.code === SHARES_OVER_100 ? (params as SharesOver100) : null;
}
