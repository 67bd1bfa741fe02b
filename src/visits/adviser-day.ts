import { type Interval, subtractIntervals } from '../common/time/intervals.js';
import type { WorkingPeriod } from '../staffing/staffing.service.js';

export interface Absence {
  starts: Date;
  ends: Date;
  reason: string;
}

export interface DayOff {
  location: WorkingPeriod['location'];
  reason: string;
}

/**
 * An adviser's working time on a day as it really is: a shift at a location that is closed that
 * day (public holiday, municipal closed day, closure) is no working time, and absences are cut out
 * of the rest. Returns what is left, and why the rest is not.
 */
export function workingDay(
  periods: WorkingPeriod[],
  absences: Absence[],
  closedReasons: ReadonlyMap<string, string>,
  day: { from: Date; to: Date },
): { workingTime: WorkingPeriod[]; away: Absence[]; closed: DayOff[] } {
  const cuts: Interval[] = absences.map((a) => ({ start: a.starts.getTime(), end: a.ends.getTime() }));
  const closed: DayOff[] = [];
  const workingTime: WorkingPeriod[] = [];
  for (const period of periods) {
    const reason = closedReasons.get(period.location.id);
    if (reason) {
      if (!closed.some((c) => c.location.id === period.location.id))
        closed.push({ location: period.location, reason });
      continue;
    }
    const pieces = subtractIntervals([{ start: period.starts.getTime(), end: period.ends.getTime() }], cuts);
    for (const piece of pieces)
      workingTime.push({
        location: period.location,
        starts: new Date(piece.start),
        ends: new Date(piece.end),
      });
  }
  const away = absences
    .filter((a) => a.starts < day.to && a.ends > day.from)
    .map((a) => ({
      reason: a.reason,
      starts: new Date(Math.max(a.starts.getTime(), day.from.getTime())),
      ends: new Date(Math.min(a.ends.getTime(), day.to.getTime())),
    }));
  return { workingTime, away, closed };
}
