import { type DeskBookingLike, toDeskBookingView, toSearchHits } from './booking.view.js';

const NOW = new Date('2026-11-25T08:00:00Z');

function booking(overrides: Partial<DeskBookingLike> = {}): DeskBookingLike {
  return {
    reference: 'K7NPA4TX',
    status: 'booked',
    startsAt: new Date('2026-11-25T09:00:00Z'),
    citizenName: 'Karen Jensen',
    citizenEmail: null,
    citizenPhone: '12 34 56 78',
    cancelReason: null,
    moveReason: null,
    queueNumber: null,
    source: 'online',
    location: { name: 'Borgerservice Ebeltoft', timeZone: 'Europe/Copenhagen' },
    errand: { name: { da: 'Pas', en: 'Passport' } },
    station: { name: 'Skranke 2' },
    adviser: { name: 'Mette' },
    ...overrides,
  };
}

describe('toDeskBookingView', () => {
  it('shows the booking as the desk says it, with a missing contact said so', () => {
    expect(toDeskBookingView(booking(), 'da', NOW)).toMatchObject({
      reference: 'K7NP-A4TX',
      status: 'Booket',
      time: 'onsdag 25. november kl. 10.00',
      phone: '12 34 56 78',
      email: 'Ikke oplyst',
      source: 'Online af borgeren',
      cancelReason: undefined,
    });
  });

  it('offers what the transition table allows now', () => {
    const can = (overrides: Partial<DeskBookingLike>, now = NOW) => {
      const view = toDeskBookingView(booking(overrides), 'da', now);
      return [view.canCheckIn, view.canCancel, view.canMove, view.canUndoNoShow];
    };
    expect(can({})).toEqual([true, true, true, false]);
    expect(can({ status: 'checked_in', queueNumber: 1 })).toEqual([false, true, false, false]);
    expect(can({}, new Date('2026-11-25T09:00:00Z'))).toEqual([true, false, false, false]);
    expect(can({ status: 'no_show' }, new Date('2026-11-25T22:59:00Z'))).toEqual([false, false, false, true]);
    // Midnight in Copenhagen: the next day, the no-show is final.
    expect(can({ status: 'no_show' }, new Date('2026-11-25T23:00:00Z'))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(can({ status: 'cancelled', cancelReason: 'Syg' })).toEqual([false, false, false, false]);
  });
});

describe('toSearchHits', () => {
  it('gives each hit its day, since a search spans weeks', () => {
    const [hit] = toSearchHits([booking({ citizenName: null })], {
      zone: 'Europe/Copenhagen',
      language: 'en',
      now: NOW,
      bookingHref: (reference) => `/b/${reference}`,
    });
    expect(hit).toEqual({
      reference: 'K7NP-A4TX',
      time: 'Wednesday 25 November, 10:00',
      name: 'No name',
      errand: 'Passport',
      status: 'Booked',
      href: '/b/K7NP-A4TX',
    });
  });
});
