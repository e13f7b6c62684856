import type { Range } from './schema.js';

type Bounds = { min?: number | undefined; max?: number | undefined };

/** Ranges are inclusive at both ends; a missing end is open. */
export function inRange(bounds: Bounds, value: number): boolean {
  return (bounds.min === undefined || value >= bounds.min) && (bounds.max === undefined || value <= bounds.max);
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return (a.min ?? -Infinity) <= (b.max ?? Infinity) && (b.min ?? -Infinity) <= (a.max ?? Infinity);
}

export function describeRange(r: Bounds): string {
  if (r.min !== undefined && r.max !== undefined) return `${r.min}–${r.max}`;
  if (r.min !== undefined) return `${r.min} or more`;
  if (r.max !== undefined) return `up to ${r.max}`;
  return 'any number';
}

export function findRange(ranges: Range[], value: number): Range | undefined {
  return ranges.find((r) => inRange(r, value));
}
