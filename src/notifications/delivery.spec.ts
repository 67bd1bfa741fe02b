import {
  type BookingForMessage,
  failureCode,
  isPermanent,
  manageUrl,
  retryDelayMs,
  skipReason,
  smsNumber,
  toMessageView,
} from './delivery.js';

const START = new Date('2026-12-01T09:00:00Z');
const BEFORE = new Date('2026-11-30T09:00:00Z');

const booking: BookingForMessage = {
  id: 'b1',
  reference: 'K7NP4TXA',
  status: 'booked',
  startsAt: START,
  endsAt: new Date('2026-12-01T09:15:00Z'),
  sequence: 0,
  updatedAt: BEFORE,
  language: 'da',
  citizenName: 'Karen Jensen',
  citizenEmail: 'karen@example.dk',
  citizenPhone: '22 33 44 55',
  cancelledBy: null,
  cancelReason: null,
  lastCallAt: null,
  location: {
    id: 'l1',
    code: 'MAIN',
    name: 'Borgerservice',
    address: 'Torvet 1',
    timeZone: 'Europe/Copenhagen',
    directions: { da: 'Indgang fra gården', en: null },
  },
  stationId: 's1',
  station: { id: 's1', name: 'Station 1' },
  errand: {
    code: 'PAS',
    name: { da: 'Pas', en: 'Passport' },
    documents: { da: ['Gammelt pas'], en: ['Old passport'] },
    fee: { da: 'Gratis', en: 'Free' },
  },
};
const origin = { publicBaseUrl: 'https://book.kommune.dk', municipality: 'Demo', phone: '+45 70 10 20 30' };

describe('retryDelayMs', () => {
  it('doubles from 30 seconds and stops at an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(12)).toBe(3_600_000);
  });
});

describe('failureCode', () => {
  it('keeps only a code and an SMTP reply number, never the message', () => {
    expect(
      failureCode(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET' })),
    ).toBe('ESOCKET');
    expect(
      failureCode(
        Object.assign(new Error('550 karen@example.dk unknown'), { code: 'EENVELOPE', responseCode: 550 }),
      ),
    ).toBe('EENVELOPE 550');
    expect(failureCode(new Error('karen@example.dk'))).toBe('ERROR');
    expect(failureCode({ code: 'karen@example.dk' })).toBe('ERROR');
    expect(failureCode(undefined)).toBe('ERROR');
  });

  it('calls an SMTP 5xx reply permanent, a 4xx or a network error not', () => {
    expect(isPermanent({ responseCode: 550 })).toBe(true);
    expect(isPermanent({ responseCode: 451 })).toBe(false);
    expect(isPermanent({ code: 'ECONNECTION' })).toBe(false);
  });
});

describe('skipReason', () => {
  const email = { kind: 'confirmation', channel: 'email' } as const;
  const reminder = { kind: 'reminder', channel: 'email' } as const;

  it('sends a message whose booking still stands', () => {
    expect(skipReason(email, booking, BEFORE)).toBeUndefined();
    expect(skipReason(reminder, booking, BEFORE)).toBeUndefined();
    expect(
      skipReason({ kind: 'cancelled', channel: 'sms' }, { ...booking, status: 'cancelled' }, BEFORE),
    ).toBe(undefined);
  });

  it('skips when the contact was erased, the booking cancelled, or a reminder is too late', () => {
    expect(skipReason(email, undefined, BEFORE)).toBe('BOOKING_GONE');
    expect(skipReason(email, { ...booking, citizenEmail: null }, BEFORE)).toBe('NO_CONTACT');
    expect(skipReason({ kind: 'reminder', channel: 'sms' }, { ...booking, citizenPhone: null }, BEFORE)).toBe(
      'NO_CONTACT',
    );
    expect(skipReason(email, { ...booking, status: 'cancelled' }, BEFORE)).toBe('CANCELLED');
    expect(skipReason(reminder, { ...booking, status: 'checked_in' }, BEFORE)).toBe('NOT_BOOKED');
    expect(skipReason(reminder, booking, START)).toBe('STARTED');
  });
});

describe('smsNumber and manageUrl', () => {
  it('writes a Danish number in E.164', () => {
    expect(smsNumber('22 33 44 55')).toBe('+4522334455');
    expect(smsNumber('0045 22334455')).toBe('+4522334455');
    expect(smsNumber(null)).toBeUndefined();
  });

  it('links to the manage page with the token, in the booking language', () => {
    expect(manageUrl('https://book.kommune.dk', 'K7NP-4TXA', 'a+b/c', 'da')).toBe(
      'https://book.kommune.dk/min-tid/K7NP-4TXA?token=a%2Bb%2Fc',
    );
    expect(manageUrl('http://localhost:3000', 'K7NP-4TXA', 't', 'en')).toBe(
      'http://localhost:3000/min-tid/K7NP-4TXA?token=t&lang=en',
    );
  });
});

describe('toMessageView', () => {
  const row = { kind: 'confirmation', channel: 'email', manageToken: 'tok', previousStartsAt: null } as const;

  it('says the visit in the booking language, with no fee line when it is free', () => {
    const view = toMessageView(row, booking, 'K7NP-4TXA', origin);
    expect(view).toMatchObject({
      errand: 'Pas',
      bring: ['Gammelt pas'],
      fee: null,
      place: { name: 'Borgerservice', address: 'Torvet 1', directions: 'Indgang fra gården' },
      manageUrl: 'https://book.kommune.dk/min-tid/K7NP-4TXA?token=tok',
      cancelledBy: null,
      cancelReason: null,
    });
    const en = toMessageView(row, { ...booking, language: 'en' }, 'K7NP-4TXA', origin);
    expect(en).toMatchObject({ errand: 'Passport', place: { directions: null } });
    const paid = { ...booking, errand: { ...booking.errand, fee: { da: '75 kr.', en: 'DKK 75' } } };
    expect(toMessageView(row, paid, 'K7NP-4TXA', origin).fee).toBe('75 kr.');
  });

  it('says the number the hotline calls for a callback, and nothing of it for a visit', () => {
    const callback = { ...booking, stationId: null, station: null, citizenPhone: '22 33 44 55' };
    expect(toMessageView(row, callback, 'K7NP-4TXA', origin).callback).toEqual({ phone: '22 33 44 55' });
    expect(toMessageView(row, booking, 'K7NP-4TXA', origin).callback).toBeNull();
  });

  it("gives the municipality's reason for a cancellation, never the citizen's own", () => {
    const cancelled = {
      kind: 'cancelled',
      channel: 'email',
      manageToken: null,
      previousStartsAt: null,
    } as const;
    const byUs = {
      ...booking,
      status: 'cancelled',
      cancelledBy: 'municipality',
      cancelReason: 'Vandskade',
    } as const;
    const byThem = { ...booking, status: 'cancelled', cancelledBy: 'citizen', cancelReason: 'Syg' } as const;
    expect(toMessageView(cancelled, byUs, 'R', origin)).toMatchObject({
      cancelledBy: 'municipality',
      cancelReason: 'Vandskade',
      manageUrl: null,
    });
    expect(toMessageView(cancelled, byThem, 'R', origin)).toMatchObject({
      cancelledBy: 'citizen',
      cancelReason: null,
    });
  });
});
