/** What the waiting-room screen needs of a queue entry: a number, a station, when it was called. */
export interface QueueEntry {
  status: string;
  queueNumber: number | null;
  calledAt: Date | null;
  station: { name: string };
}

/**
 * The screen's state: who is called to which station (the latest call first) and the numbers still
 * waiting. Queue numbers and station names only — never a name, an errand or a time, so the
 * screen and its event stream can be public.
 */
export interface ScreenView {
  called: { number: number; station: string }[];
  waiting: number[];
}

/** Readable from across the room: the latest calls, and the first waiting numbers. */
export const MAX_CALLED = 6;
export const MAX_WAITING = 40;

export function toScreenView(entries: readonly QueueEntry[]): ScreenView {
  const numbered = entries.filter((entry) => entry.queueNumber !== null);
  const called = numbered
    .filter((entry) => entry.status === 'called')
    .sort(
      (a, b) =>
        (b.calledAt?.getTime() ?? 0) - (a.calledAt?.getTime() ?? 0) || b.queueNumber! - a.queueNumber!,
    )
    .slice(0, MAX_CALLED)
    .map((entry) => ({ number: entry.queueNumber!, station: entry.station.name }));
  const waiting = numbered
    .filter((entry) => entry.status === 'checked_in')
    .map((entry) => entry.queueNumber!)
    .sort((a, b) => a - b)
    .slice(0, MAX_WAITING);
  return { called, waiting };
}
