import { DateTime } from 'luxon';

/**
 * UTC offsets only change on quarter hours (DST and historical zone changes), so one luxon lookup
 * per zone and quarter hour serves every instant in it; luxon's Intl-based offset lookup cost
 * ~25 µs, and an availability answer formats a thousand instants.
 */
const QUARTER_HOUR_MS = 15 * 60_000;
const offsets = new Map<string, number>();
const MAX_MEMOISED_OFFSETS = 100_000;

function offsetMinutes(ms: number, zone: string): number {
  const quarter = Math.floor(ms / QUARTER_HOUR_MS);
  const key = `${zone}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= MAX_MEMOISED_OFFSETS) offsets.clear();
    offset = DateTime.fromMillis(quarter * QUARTER_HOUR_MS, { zone }).offset;
    offsets.set(key, offset);
  }
  return offset;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** ISO 8601 with the zone's offset at that instant, e.g. "2026-12-01T10:00:00+01:00" (no milliseconds). */
export function formatInstant(ms: number, zone: string): string {
  const offset = offsetMinutes(ms, zone);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}
