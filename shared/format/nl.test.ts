import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatSigned } from './nl';

describe('formatNumber', () => {
  it('groups thousands with a dot and rounds only for display', () => {
    expect(formatNumber(1258)).toBe('1.258');
    expect(formatNumber(264083)).toBe('264.083');
    expect(formatNumber(1642.5, 1)).toBe('1.642,5');
    expect(formatNumber(807.4285714285714, 2)).toBe('807,43');
    expect(formatNumber(182.5, 1)).toBe('182,5');
    expect(formatNumber(405, 2)).toBe('405'); // at most, not always, maxDecimals
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-1249)).toBe('-1.249');
  });

  it('null (no data) is a dash, never 0', () => {
    expect(formatNumber(null)).toBe('–');
    expect(formatNumber(null, 2)).toBe('–');
  });

  it('English on request', () => {
    expect(formatNumber(1258, 0, 'en-GB')).toBe('1,258');
    expect(formatNumber(1642.5, 1, 'en-GB')).toBe('1,642.5');
  });

  it('no "-0" after rounding a tiny negative value', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.4)).toBe('0');
    expect(formatNumber(-0.004, 2)).toBe('0');
    expect(formatNumber(-1e-12, 1, 'en-GB')).toBe('0');
  });

  it('property: never a negative zero, whatever the value and decimals', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 3 }), (x, d) => {
        const text = formatNumber(x, d);
        expect(text).not.toMatch(/^[-−]0([.,]0*)?$/);
        if (Math.abs(x) < 0.5 * 10 ** -d) expect(text).toBe('0');
      }),
    );
  });
});

describe('formatPercent', () => {
  it('a fraction as a Dutch percentage with a space before the sign', () => {
    expect(formatPercent(0.182)).toBe('18,2 %');
    expect(formatPercent(1.131104033970276, 0)).toBe('113 %');
    expect(formatPercent(0.66, 0)).toBe('66 %');
    expect(formatPercent(18.41, 0)).toBe('1.841 %');
    expect(formatPercent(0)).toBe('0,0 %');
  });

  it('English: no space', () => {
    expect(formatPercent(0.182, 1, 'en-GB')).toBe('18.2%');
  });

  it('null is a dash', () => {
    expect(formatPercent(null)).toBe('–');
  });

  it('no "-0,0 %"', () => {
    expect(formatPercent(-0)).toBe('0,0 %');
    expect(formatPercent(-0.00001)).toBe('0,0 %');
    expect(formatPercent(-0.004, 0)).toBe('0 %');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -0.0004999, max: 0 }), (x) => {
        expect(formatPercent(x)).toBe('0,0 %');
      }),
    );
  });
});

describe('formatSigned', () => {
  it('a plus or a real minus sign, and no sign at zero', () => {
    expect(formatSigned(10)).toBe('+10');
    expect(formatSigned(-10)).toBe('−10');
    expect(formatSigned(-2349)).toBe('−2.349');
    expect(formatSigned(0.4, 1)).toBe('+0,4');
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(-0.2)).toBe('0');
    expect(formatSigned(0.04, 1)).toBe('0');
  });
});
