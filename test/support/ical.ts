import ical, { type ParameterValue, type VEvent } from 'node-ical';

/** The VEVENTs of an iCalendar text, as node-ical reads them. */
export function calendarEvents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter(
    (component): component is VEvent => component?.type === 'VEVENT',
  );
}

/** A property's text, whether node-ical gives it plain or with its parameters. */
export function textOf(value: ParameterValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value.val;
}
