import { type ArrivalLike, statusText, toArrivalsView } from './arrivals.view.js';

const ZONE = 'Europe/Copenhagen';

function arrival(overrides: Partial<ArrivalLike> = {}): ArrivalLike {
  return {
    reference: 'K7NPA4TX',
    status: 'booked',
    startsAt: new Date('2026-11-25T09:00:00Z'),
    citizenName: 'Karen Jensen',
    queueNumber: null,
    source: 'online',
    errand: { name: { da: 'Pas', en: 'Passport' } },
    station: { name: 'Skranke 2' },
    adviser: { name: 'Mette Sørensen' },
    ...overrides,
  };
}

const input = { zone: ZONE, language: 'da' as const, bookingHref: (ref: string) => `/b/${ref}` };

describe('toArrivalsView', () => {
  it('shows time, name, errand, status and where, with a link by the formatted reference', () => {
    const [row] = toArrivalsView([arrival()], input).rows;
    expect(row).toEqual({
      reference: 'K7NP-A4TX',
      time: '10.00',
      name: 'Karen Jensen',
      errand: 'Pas',
      state: 'booked',
      status: 'Booket',
      queue: undefined,
      where: 'Skranke 2 · Mette Sørensen',
      walkIn: false,
      href: '/b/K7NP-A4TX',
      current: false,
    });
  });

  it('gives the queue number while it means something, and marks the one just checked in', () => {
    const view = toArrivalsView(
      [
        arrival({ status: 'checked_in', queueNumber: 12 }),
        arrival({ reference: 'CCCCCCCC', status: 'completed', queueNumber: 3 }),
      ],
      { ...input, current: 'K7NPA4TX' },
    );
    expect(view.rows.map((row) => [row.status, row.queue, row.current])).toEqual([
      ['Tjekket ind · nr. 12', 'nr. 12', true],
      ['Afsluttet', undefined, false],
    ]);
  });

  it('counts who is still to come and who waits; names a walk-in without a name', () => {
    const view = toArrivalsView(
      [
        arrival(),
        arrival({ status: 'checked_in', queueNumber: 1 }),
        arrival({ status: 'called', queueNumber: 2, citizenName: null, source: 'walk_in' }),
        arrival({ status: 'cancelled' }),
      ],
      { ...input, language: 'en' },
    );
    expect([view.expected, view.waiting]).toEqual([1, 2]);
    expect(view.rows[2]).toMatchObject({
      name: 'No name',
      walkIn: true,
      status: 'Called · no. 2',
      time: '10:00',
    });
  });
});

describe('statusText', () => {
  it('names every status in both languages', () => {
    expect(statusText({ status: 'no_show', queueNumber: null }, 'da')).toBe('Udeblevet');
    expect(statusText({ status: 'in_progress', queueNumber: 4 }, 'en')).toBe('In progress · no. 4');
  });
});
