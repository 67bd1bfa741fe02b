/** A half-open span of time [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** Sorted, with overlapping and touching intervals joined (09–12 and 12–14 become 09–14). */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

export function overlapsAny(intervals: Interval[], start: number, end: number): boolean {
  return intervals.some((i) => i.start < end && start < i.end);
}

export function containedInAny(intervals: Interval[], start: number, end: number): boolean {
  return intervals.some((i) => i.start <= start && end <= i.end);
}

/** `from` with the parts covered by `remove` cut out. */
export function subtractIntervals(from: Interval[], remove: Interval[]): Interval[] {
  let pieces = mergeIntervals(from);
  for (const cut of remove) {
    pieces = pieces.flatMap((piece) => {
      if (cut.end <= piece.start || piece.end <= cut.start) return [piece];
      return [
        ...(cut.start > piece.start ? [{ start: piece.start, end: cut.start }] : []),
        ...(cut.end < piece.end ? [{ start: cut.end, end: piece.end }] : []),
      ];
    });
  }
  return pieces;
}
