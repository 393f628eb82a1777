import { describe, expect, it } from 'vitest';
import { realisedToDate } from './programme';

/** Collects the warning codes a call gives. */
function withWarnings<T>(work: (warn: (w: { code: string }) => void) => T): { value: T; codes: string[] } {
  const codes: string[] = [];
  const value = work((w) => codes.push(w.code));
  return { value, codes };
}

describe('realised to date (MODEL.md §5.1: realised and baseYear)', () => {
  it('a two-year total is split evenly and marked as estimated (Hilversum 365 → 182,5 + 182,5)', () => {
    const { value, codes } = withWarnings((warn) => realisedToDate([{ from: 2022, to: 2023, value: 365 }], 2022, 2030, warn));
    expect(value.total).toBe(365);
    expect(value.baseYear).toBe(2023);
    expect(value.perYear.get(2022)).toEqual({ value: 182.5, estimated: true, fromTotal: true });
    expect(codes).toEqual([]);
  });

  it('a yearly figure beside the total refines the split instead of counting homes twice', () => {
    const { value, codes } = withWarnings((warn) =>
      realisedToDate([{ from: 2022, to: 2023, value: 365 }, { from: 2022, to: 2022, value: 200 }], 2022, 2030, warn),
    );
    expect(value.total).toBe(365);
    expect(value.baseYear).toBe(2023);
    expect(value.perYear.get(2022)?.value).toBe(200);
    expect(value.perYear.get(2023)).toMatchObject({ value: 165, estimated: false });
    expect(codes).toEqual([]);
  });

  it('a new year (2024) moves baseYear forward and adds to realised', () => {
    const { value } = withWarnings((warn) =>
      realisedToDate([{ from: 2022, to: 2023, value: 365 }, { from: 2024, to: 2024, value: 150 }], 2022, 2030, warn),
    );
    expect(value.total).toBe(515);
    expect(value.baseYear).toBe(2024);
  });

  it('yearly figures that contradict the total: the yearly figures count, with a warning', () => {
    const { value, codes } = withWarnings((warn) =>
      realisedToDate([{ from: 2022, to: 2023, value: 365 }, { from: 2022, to: 2022, value: 300 }, { from: 2023, to: 2023, value: 100 }], 2022, 2030, warn),
    );
    expect(value.total).toBe(400);
    expect(codes).toEqual(['realisationInconsistent']);
  });

  it('a missing year between start and baseYear counts as 0, with a warning', () => {
    const { value, codes } = withWarnings((warn) => realisedToDate([{ from: 2024, to: 2024, value: 80 }], 2022, 2030, warn));
    expect(value.total).toBe(80);
    expect(value.baseYear).toBe(2024);
    expect(codes).toEqual(['realisationGap', 'realisationGap']);
  });

  it('no realisation at all: baseYear is the year before the programme, realised 0', () => {
    const { value } = withWarnings((warn) => realisedToDate([], 2022, 2030, warn));
    expect(value).toMatchObject({ total: 0, baseYear: 2021 });
  });
});
