import { attendanceFromCounts, type MarkCount } from "@/lib/attendance";

/** One provider's figure: the value shown, and the counts it was made from. */
export interface IndicatorFigure {
  /** Null when there is nothing to count (no data), never 0. */
  value: number | null;
  numerator: number;
  denominator: number;
}

function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** numerator ÷ denominator as a percentage to one decimal place; no data when nothing is due. */
export function percentage(numerator: number, denominator: number): IndicatorFigure {
  const value = denominator === 0 ? null : roundTo((numerator / denominator) * 100, 1);
  return { value, numerator, denominator };
}

/** numerator per one of denominator, to two decimal places (incidents per student). */
export function perEach(numerator: number, denominator: number): IndicatorFigure {
  const value = denominator === 0 ? null : roundTo(numerator / denominator, 2);
  return { value, numerator, denominator };
}

/**
 * A count that only means something when the provider had someone to count for: concerns
 * raised by a provider with no student placed in the year are no data, not a good zero.
 */
export function countWhere(count: number, base: number): IndicatorFigure {
  return { value: base === 0 ? null : count, numerator: count, denominator: base };
}

/** Attendance from grouped register marks, by the rule of ADR 0009 (lib/attendance.ts). */
export function attendanceFigure(groups: readonly MarkCount[]): IndicatorFigure {
  const { attended, possible, percentage: value } = attendanceFromCounts(groups);
  return { value, numerator: attended, denominator: possible };
}

/**
 * The middle of the providers' figures (the mean of the two middle ones for an even
 * number), leaving out providers with no data; null when none has a figure.
 */
export function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
  if (sorted.length === 0) {
    return null;
  }
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return roundTo(value, 2);
}

/**
 * A provider is shown the median only when at least this many providers have a figure:
 * with two, the median and its own figure would give away the other provider's exactly.
 */
export const MEDIAN_MIN_PROVIDERS = 3;
