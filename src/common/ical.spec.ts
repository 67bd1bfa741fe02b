import ical from 'ical-generator';
import { icsText } from './ical.js';

describe('icsText', () => {
  it('ends every line with CRLF, the last one too, and has no bare LF', () => {
    const calendar = ical({ name: 'Test' });
    calendar.createEvent({
      start: new Date('2026-12-01T09:00:00Z'),
      end: new Date('2026-12-01T09:15:00Z'),
      summary: 'a',
    });
    const text = icsText(calendar);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
