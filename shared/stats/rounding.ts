/*
 * Spec §3: every percentage is rounded half away from zero to one decimal. Computed on integers
 * (tenths of a percent) so 0.05-boundaries never fall to binary floating-point error.
 */

/** Rounds numerator / denominator (integers) to tenths, half away from zero. */
function roundedTenths(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator) * 10;
  const d = Math.abs(denominator);
  // floor(n/d + 1/2) on integers.
  return (sign * Math.floor((2 * n + d) / (2 * d))) / 10;
}

/** part / whole × 100, one decimal; null when there is no whole to take a share of. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : roundedTenths(part * 100, whole);
}

/** (current − previous) / previous × 100; null when previous is 0 (a "new" figure, not infinity). */
export function changePercent(current: number, previous: number): number | null {
  return previous === 0 ? null : roundedTenths((current - previous) * 100, previous);
}

/** A term in months as years with one decimal (months / 12). */
export function monthsToYears(months: number): number {
  return roundedTenths(months, 12);
}
