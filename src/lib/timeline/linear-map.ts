/**
 * A linear map between two numeric intervals and its inverse: what each segment of the piecewise
 * time scale needs. d3-scale's scaleUtc did this job, but it brought d3-time, d3-time-format,
 * d3-array, d3-format and d3-interpolate into the page (about 8 KB gzipped) for ticks and formats
 * the timeline makes itself with Intl. The arithmetic below is d3's own (normalize, then
 * a·(1−t) + b·t), so every coordinate is bit-for-bit what scaleUtc gave.
 */

export interface LinearMap {
  /** Range value of a domain value; extrapolates beyond the ends. */
  apply(v: number): number;
  /** Domain value of a range value, rounded to a whole number (whole ms, as scaleUtc's invert gave). */
  invert(r: number): number;
}

/** Normalizes over [lo, hi] (taken in increasing order) and interpolates over the matching ends. */
function bimap(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  // Like d3's bimap: a decreasing domain is reversed together with its range.
  const [a, b, ra, rb] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
  const span = b - a;
  if (!span) return () => (Number.isNaN(span) ? Number.NaN : ra * 0.5 + rb * 0.5);
  return (v) => {
    const t = (v - a) / span;
    return ra * (1 - t) + rb * t;
  };
}

/** The linear map sending domainStart ↦ rangeStart and domainEnd ↦ rangeEnd. */
export function linearMap(domainStart: number, domainEnd: number, rangeStart: number, rangeEnd: number): LinearMap {
  const forward = bimap(domainStart, domainEnd, rangeStart, rangeEnd);
  const backward = bimap(rangeStart, rangeEnd, domainStart, domainEnd);
  return {
    apply: forward,
    // `+ 0` turns -0 into 0, as a Date's time value never is -0.
    invert: (r) => Math.round(backward(r)) + 0,
  };
}
