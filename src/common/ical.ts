import type { ICalCalendar } from 'ical-generator';

/**
 * The calendar as RFC 5545 text: every content line, the last one too, ends with CRLF
 * (ical-generator leaves the final END:VCALENDAR without one, which strict readers refuse).
 */
export function icsText(calendar: ICalCalendar): string {
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
