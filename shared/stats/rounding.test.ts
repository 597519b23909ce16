import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changePercent, monthsToYears, percent } from './rounding';

/** The rule of spec §3 with exact big-integer arithmetic: round(n / d, 1) half away from zero. */
function reference(numerator: bigint, denominator: bigint): number {
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const n = (numerator < 0n ? -numerator : numerator) * 10n;
  const d = denominator < 0n ? -denominator : denominator;
  const tenths = (2n * n + d) / (2n * d);
  return (negative ? -Number(tenths) : Number(tenths)) / 10;
}

describe('rounding half away from zero to one decimal', () => {
  it('rounds the halves up in magnitude, both signs', () => {
    expect(percent(1, 16)).toBe(6.3); // 6.25
    expect(changePercent(15, 16)).toBe(-6.3); // −6.25
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(3, 2000)).toBe(0.2); // 0.15: binary floating point would round it down
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 3)).toBe(33.3);
    expect(changePercent(22, 28)).toBe(-21.4);
    expect(changePercent(6, 3)).toBe(100);
  });

  it('has no share of nothing and no change from zero', () => {
    expect(percent(0, 0)).toBeNull();
    expect(changePercent(5, 0)).toBeNull();
    expect(changePercent(0, 0)).toBeNull();
  });

  it('gives terms in years with one decimal', () => {
    expect(monthsToYears(36)).toBe(3);
    expect(monthsToYears(43)).toBe(3.6); // 3.583…
    expect(monthsToYears(3)).toBe(0.3); // 0.25
    expect(monthsToYears(0)).toBe(0);
  });

  it('matches exact arithmetic for any counts', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (part, whole) => {
        expect(percent(part, whole)).toBe(reference(BigInt(part) * 100n, BigInt(whole)));
      }),
    );
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (current, previous) => {
        expect(changePercent(current, previous)).toBe(
          reference(BigInt(current - previous) * 100n, BigInt(previous)),
        );
      }),
    );
  });
});
