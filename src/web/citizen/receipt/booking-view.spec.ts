import { toBookingForPeople, visitState, type BookingRecord } from './booking-view.js';

const NOW = new Date('2026-11-25T08:00:00Z');
const TOKEN = 'tok-en_123';

function record(overrides: Partial<BookingRecord> = {}): BookingRecord {
  return {
    reference: 'K7NPA4TX',
    status: 'booked',
    startsAt: new Date('2026-12-08T09:15:00Z'),
    stationId: 'station-1',
    citizenName: 'Karen Jensen',
    citizenEmail: 'karen@example.dk',
    citizenPhone: null,
    location: {
      code: 'MAIN',
      name: 'Borgerservice Ebeltoft',
      address: 'Torvegade 8',
      timeZone: 'Europe/Copenhagen',
    },
    errand: {
      code: 'PAS_VOKSEN',
      name: { da: 'Nyt pas', en: 'New passport' },
      documents: { da: ['Gammelt pas'], en: ['Old passport'] },
      fee: { da: '727 kr.', en: 'DKK 727' },
    },
    ...overrides,
  };
}

describe('a booking for people', () => {
  it('reads as reception and the citizen read it, with the .ics and manage links carrying the token', () => {
    expect(toBookingForPeople(record(), TOKEN, 'da', NOW)).toMatchObject({
      reference: 'K7NP-A4TX',
      state: 'booked',
      stateText: 'Booket',
      errand: 'Nyt pas',
      time: 'tirsdag 8. december kl. 10.15',
      place: { name: 'Borgerservice Ebeltoft', address: 'Torvegade 8' },
      name: 'Karen Jensen',
      contact: ['karen@example.dk'],
      documents: ['Gammelt pas'],
      fee: '727 kr.',
      calendarHref: '/bookings/K7NP-A4TX/calendar.ics?token=tok-en_123',
      managePath: '/min-tid/K7NP-A4TX?token=tok-en_123',
    });
    expect(toBookingForPeople(record(), TOKEN, 'en', NOW)).toMatchObject({
      stateText: 'Booked',
      time: 'Tuesday 8 December, 10:15',
      documents: ['Old passport'],
      fee: 'DKK 727',
    });
  });

  it('says when we call instead of a place, fee and what to bring for a callback (no station)', () => {
    const call = record({ stationId: null, citizenPhone: '12 34 56 78' });
    expect(toBookingForPeople(call, TOKEN, 'da', NOW)).toMatchObject({
      kind: 'callback',
      call: 'Vi ringer til dig på 12 34 56 78 tirsdag 8. december kl. 10.15',
      callPhone: '12 34 56 78',
      contact: ['karen@example.dk'],
      managePath: '/min-tid/K7NP-A4TX?token=tok-en_123',
    });
    expect(toBookingForPeople(call, TOKEN, 'en', NOW).call).toBe(
      'We will call you on 12 34 56 78 on Tuesday 8 December, 10:15',
    );
    expect(toBookingForPeople(record(), TOKEN, 'da', NOW)).toMatchObject({ kind: 'visit', call: undefined });
  });

  it('shows nothing for personal data already erased', () => {
    const erased = toBookingForPeople(record({ citizenName: null, citizenEmail: null }), TOKEN, 'da', NOW);
    expect(erased).toMatchObject({ name: '', contact: [] });
  });

  it('tells a visit ahead, a cancelled one and one begun or over apart', () => {
    const start = new Date('2026-12-08T09:15:00Z');
    expect(visitState('booked', start, NOW)).toBe('booked');
    expect(visitState('cancelled', start, NOW)).toBe('cancelled');
    expect(visitState('booked', start, new Date(start.getTime()))).toBe('past');
    expect(visitState('checked_in', start, NOW)).toBe('past');
    expect(visitState('no_show', start, NOW)).toBe('past');
  });
});
