// Whether two figures of one slot can both be right: a range and a figure inside it, a rounded and an exact
// figure (to hundreds or more, or to fewer decimals), and an approximation within 5-15% (by how round it is) fit
// together; two different lower bounds ("at least 1 dead" / "at least 5 dead") do not, nor a figure said to fall
// short and a lower bound at or above it ("nearly 300" / "more than 300"). The unit scales put lengths in metres
// and areas in square metres (quantitySlots' inOneUnit).
import type { Quantity } from './types';

/** Metres per length unit: lengths in different units share one slot and are compared in metres. */
const METRES: Record<string, number> = {
  m: 1,
  metre: 1,
  metres: 1,
  meter: 1,
  meters: 1,
  km: 1000,
  kilometre: 1000,
  kilometres: 1000,
  kilometer: 1000,
  kilometers: 1000,
  ft: 0.3048,
  foot: 0.3048,
  feet: 0.3048,
  mile: 1609.34,
  miles: 1609.34,
  yard: 0.9144,
  yards: 0.9144,
  yd: 0.9144
};

/** Square metres per area unit: areas in different units share one slot and are compared in square metres. */
const SQUARE_METRES: Record<string, number> = {
  'sq m': 1,
  'sq ft': 0.09290304,
  'sq km': 1e6,
  'sq mi': 2589988,
  acre: 4046.856,
  hectare: 10000
};

/** Square metres per unit of an area quantity, else null. */
export function areaScale(q: Quantity): number | null {
  return (q.unit && SQUARE_METRES[q.unit]) || null;
}

/** Metres per unit of a length quantity (the extractor puts "m" in `unit` or in `counted`), else null. */
export function lengthScale(q: Quantity): number | null {
  for (const u of [q.unit, q.counted]) if (u && METRES[u.toLowerCase()]) return METRES[u.toLowerCase()];
  return null;
}

/** Seconds per unit of time. */
const SECONDS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_629_800,
  year: 31_557_600,
  decade: 315_576_000
};

/** Seconds per unit of a span of time ("40 seconds", "two months"), else null. */
export function durationScale(q: Quantity): number | null {
  return (q.unit && SECONDS[q.unit]) || null;
}

/** Lower and upper bound a quantity allows. */
function interval(q: Quantity): [number, number] | null {
  const lo = q.value;
  const hi = q.max ?? q.value;
  switch (q.bound) {
    case 'vague':
      return null;
    case 'min':
      return [lo, Infinity];
    case 'max':
      return [-Infinity, hi];
    default:
      // Approximate values ("about 50", "some 200") tolerate 15%.
      return q.approx ? [lo * 0.85, hi * 1.15] : [lo, hi];
  }
}

/**
 * Whether `round` is `exact` rounded to the hundreds or more ("300" for 296, "1,000" for 987, "2.5 million" for
 * 2,468,000): one outlet rounding another's figure, within 10%. Smaller figures are counted, not rounded ("10
 * dead" / "12 dead").
 */
function roundedFrom(round: number, exact: number): boolean {
  if (round < 100 || !Number.isInteger(round) || round % 100 !== 0) return false;
  // The place `round` is rounded to: the largest power of ten it is a multiple of.
  let place = 100;
  while (round % (place * 10) === 0) place *= 10;
  return (
    exact % place !== 0 &&
    Math.round(exact / place) * place === round &&
    Math.abs(round - exact) <= 0.1 * round
  );
}

/** Decimal places of a figure as parsed (1.23 -> 2, 17 -> 0). */
function decimalPlaces(x: number): number {
  const digits = /\.(\d+)$/.exec(String(x));
  return digits ? digits[1].length : 0;
}

/**
 * Whether `round` is `exact` rounded to fewer decimal places ("17 percent" for 17.3, "1.2 percent" for 1.23), within
 * 10% like roundedFrom. A figure with a fraction is a measure, not a count.
 */
function roundedDecimals(round: number, exact: number): boolean {
  const places = decimalPlaces(round);
  if (round === 0 || decimalPlaces(exact) <= places) return false;
  const scale = 10 ** places;
  return (
    Math.round(exact * scale) === Math.round(round * scale) &&
    Math.abs(round - exact) <= 0.1 * Math.abs(round) + 1e-9
  );
}

/** A figure said to fall short of itself: "nearly 300", "almost 50", "just under 1,000". */
const shortOf = (q: Quantity) => q.approx && /^(?:nearly|almost|just under)\s/i.test(q.text);

/** Significant digits of a figure: 3 for 355 million, 2 for 2.5 million or 7.5, 1 for 300 or 0.05. */
function significantDigits(x: number): number {
  return String(Math.abs(x))
    .replace('.', '')
    .replace(/^0+|0+$/g, '').length;
}

/**
 * The share an approximate point figure may be off by, by how round it is: "about 300" 15%, "about 350" 10%,
 * "about $355 million" 5% (who gives three digits knows the figure to a few percent: it is not $334 million).
 * An exact figure tolerates none.
 */
function approximation(q: Quantity): number {
  if (!q.approx) return 0;
  const digits = significantDigits(q.value);
  return digits <= 1 ? 0.15 : digits === 2 ? 0.1 : 0.05;
}

/** Two quantities of the same slot conflict when they cannot both be right. */
export function quantitiesConflict(a: Quantity, b: Quantity): boolean {
  // "Nearly 300" is short of 300, which "more than 300" and "at least 300" are not (an approximation otherwise
  // tolerates 15% either way).
  if (
    (shortOf(a) && b.bound === 'min' && b.value >= a.value) ||
    (shortOf(b) && a.bound === 'min' && a.value >= b.value)
  )
    return true;
  // Two lower bounds ("at least 1 dead" / "at least 5 dead") are different reported tolls.
  if (a.bound === 'min' && b.bound === 'min') return a.value !== b.value;
  if (a.bound === 'max' && b.bound === 'max') return (a.max ?? a.value) !== (b.max ?? b.value);
  // Two point figures: an approximation ("about 150 m") tolerates a share of the larger value, once. Two different
  // approximations are different reported figures ("about 150 m" / "about 200 m"), not overlapping ranges.
  const point = (q: Quantity) =>
    (q.bound ?? 'exact') === 'exact' && (q.max === undefined || q.max === q.value);
  if (point(a) && point(b)) {
    if (roundedFrom(a.value, b.value) || roundedFrom(b.value, a.value)) return false;
    if (roundedDecimals(a.value, b.value) || roundedDecimals(b.value, a.value)) return false;
    const tolerance = Math.max(approximation(a), approximation(b));
    return Math.abs(a.value - b.value) > tolerance * Math.max(Math.abs(a.value), Math.abs(b.value)) + 1e-9;
  }
  const ia = interval(a);
  const ib = interval(b);
  if (!ia || !ib) return false;
  return ia[1] < ib[0] || ib[1] < ia[0];
}
