import type { GemeenteResult, Result } from '../result/schema';
import { HOUSING_TYPES, type HousingType } from '../scenario/schema';

/**
 * The region's shortfalls and surpluses as the documents and the command line word them (issue 9):
 * the shortfall is what the gemeenten behind still have to build, summed; the surplus of those
 * ahead is named apart with who has it, because it fills nobody else's shortfall; the net only
 * beside both. Built from the result's own shortfall and surplus fields, never from the net gap.
 */

/** Below half a home a figure shows as 0: the same threshold the words use. */
const some = (homes: number): boolean => homes >= 0.5;

export type ProgrammeGapFacts = {
  shortfall: number;
  /** Gemeenten behind, largest shortfall first, each with its own. */
  behind: { name: string; homes: number }[];
  surplus: number;
  ahead: string[];
  /** target − projected for the region: net, to be shown only labelled as net. */
  net: number;
  catchUpYear: number | null;
  /** Gemeenten with a programme that do not reach it by 2040. */
  notReached: string[];
};

export function programmeGapFacts(result: Result): ProgrammeGapFacts | null {
  const p = result.region.programme;
  if (!p) return null;
  const withProgramme = result.gemeenten.flatMap((g) => (g.programme ? [{ name: g.name, block: g.programme }] : []));
  return {
    shortfall: p.shortfall2030,
    behind: withProgramme.filter((g) => some(g.block.shortfall2030)).map((g) => ({ name: g.name, homes: g.block.shortfall2030 })).sort((a, b) => b.homes - a.homes),
    surplus: p.surplus2030,
    ahead: withProgramme.filter((g) => some(g.block.surplus2030)).map((g) => g.name),
    net: p.gap2030,
    catchUpYear: p.catchUpYear,
    notReached: withProgramme.filter((g) => g.block.catchUpYear === null).map((g) => g.name),
  };
}

export type TypeSurplusFacts = { type: HousingType; homes: number; names: string[] };
export type ElderlyFacts = Record<HousingType | 'total', number> & { surplus: TypeSurplusFacts[] };

/** Per type the region's shortfall (sum of the gemeenten's); per type with a surplus, who has it. */
export function elderlyFacts(result: Result): ElderlyFacts | null {
  const e = result.region.elderly;
  if (!e) return null;
  const surplus = HOUSING_TYPES.flatMap((type) => {
    const names = result.gemeenten.filter((g) => g.elderly && some(g.elderly[type].surplus)).map((g) => g.name);
    return names.length > 0 ? [{ type, homes: e[type].surplus, names }] : [];
  });
  return { nultreden: e.nultreden.shortfall, geclusterd: e.geclusterd.shortfall, zorggeschikt: e.zorggeschikt.shortfall, total: e.total.shortfall, surplus };
}

export type RequiredShareFacts = {
  /** The region's share, capped at 100 % by the engine. */
  share: number | null;
  above100: boolean;
  /**
   * The gemeenten whose own new build is too small for what it must supply, with their sums: so
   * the sentence never lets one gemeente's spare new build cover another's.
   */
  tooSmall: { names: string[]; newBuild: number; needed: number } | null;
};

export function requiredShareFacts(result: Result): RequiredShareFacts | null {
  const e = result.region.elderly;
  if (!e) return null;
  const short = result.gemeenten.filter((g): g is GemeenteResult & { elderly: NonNullable<GemeenteResult['elderly']> } => g.elderly?.requiredShareAbove100 === true);
  const sum = (f: (g: (typeof short)[number]) => number) => short.reduce((a, g) => a + f(g), 0);
  return {
    share: e.requiredShare,
    above100: e.requiredShareAbove100,
    tooSmall: short.length > 0 ? { names: short.map((g) => g.name), newBuild: sum((g) => g.elderly.newBuild), needed: sum((g) => g.elderly.newBuildNeed) } : null,
  };
}

/** One gemeente's elderly block in words' terms: its types with a shortfall and with a surplus. */
export function gemeenteElderlyFacts(e: NonNullable<GemeenteResult['elderly']>): {
  shortfall: number;
  parts: { type: HousingType; homes: number }[];
  surplus: { type: HousingType; homes: number }[];
} {
  return {
    shortfall: e.total.shortfall,
    parts: HOUSING_TYPES.filter((t) => some(e[t].shortfall)).map((type) => ({ type, homes: e[type].shortfall })),
    surplus: HOUSING_TYPES.filter((t) => some(e[t].surplus)).map((type) => ({ type, homes: e[type].surplus })),
  };
}
