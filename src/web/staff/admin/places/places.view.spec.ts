import type { Location } from '../../../../locations/entities/location.entity.js';
import type { LocationDetail } from '../../../../locations/location-queries.service.js';
import {
  datesText,
  hoursText,
  noticeFrom,
  placePath,
  toLocationPage,
  toPlacesList,
  weekView,
} from './places.view.js';

const NOW = new Date('2026-11-25T08:00:00Z');
const location = {
  id: 'a1',
  code: 'NORD',
  name: 'Borgerservice Nord',
  kind: 'library',
  address: 'Torvet 1',
  directions: { da: null, en: 'From the square.' },
  timeZone: 'Europe/Copenhagen',
  slotMinutes: 15,
  active: true,
} as unknown as Location;
const row = (
  weekday: number,
  opens: string,
  closes: string,
  validFrom: string | null = null,
  validTo: string | null = null,
) => ({ weekday, opens, closes, validFrom, validTo }) as LocationDetail['openingHours'][number];

describe('places views', () => {
  it('reads hours as Danes and the English do; no rows is closed', () => {
    const rows = [row(1, '13:00:00', '17:30:00'), row(1, '09:00:00', '12:00:00')];
    expect(hoursText(rows, 'da')).toBe('09.00–12.00, 13.00–17.30');
    expect(hoursText(rows, 'en')).toBe('09:00–12:00, 13:00–17:30');
    expect(hoursText([], 'da')).toBe('Lukket');
    expect(weekView(rows, 'en').map((day) => `${day.day} ${day.hours}`)).toEqual([
      'Monday 09:00–12:00, 13:00–17:30',
      'Tuesday Closed',
      'Wednesday Closed',
      'Thursday Closed',
      'Friday Closed',
      'Saturday Closed',
      'Sunday Closed',
    ]);
  });

  it('names a closure’s days, one or a span, with the year only when it is not this year’s', () => {
    expect(datesText('2026-12-09', '2026-12-09', 'da', NOW)).toBe('onsdag 9. december');
    expect(datesText('2026-12-31', '2027-01-01', 'en', NOW)).toBe(
      'Thursday 31 December – Friday 1 January 2027',
    );
  });

  it('lists places with their status and stations in use', () => {
    const [view] = toPlacesList(
      [
        {
          location: { ...location, active: false } as Location,
          stations: 3,
          activeStations: 2,
          upcomingClosures: 1,
        },
      ],
      'da',
    );
    expect(view).toEqual({
      code: 'NORD',
      name: 'Borgerservice Nord',
      href: '/staff/admin/steder/NORD',
      address: 'Torvet 1',
      status: 'Ikke i brug',
      stations: '2 i brug af 3',
      closures: 1,
    });
  });

  it('builds a place’s page: details, stations, the usual week, special periods and closures', () => {
    const detail: LocationDetail = {
      location,
      stations: [
        {
          id: 's1',
          name: 'Skranke 1',
          active: true,
          errands: [{ id: 'e1', code: 'PAS_VOKSEN', name: { da: 'Pas', en: 'Passport' } }],
        },
        { id: 's2', name: 'Skranke 2', active: false, errands: [] },
      ],
      openingHours: [
        row(2, '09:00:00', '15:00:00'),
        row(5, '10:00:00', '12:00:00', '2027-07-01', '2027-08-14'),
      ],
    };
    const closure = {
      id: 'c1',
      locationId: null,
      startsOn: '2026-12-09',
      endsOn: '2026-12-09',
      reason: 'IT',
      closedFrom: null,
      closedTo: null,
    };
    const page = toLocationPage(detail, [{ closure: closure as never, location: null }], 'en', NOW);
    expect(page.details).toContainEqual({ key: 'Kind', value: 'Library' });
    expect(page.details).toContainEqual({ key: 'Directions', value: 'From the square.' });
    expect(page.stations).toEqual([
      {
        name: 'Skranke 1',
        errands: 'Passport',
        status: 'In use',
        editHref: '/staff/admin/steder/NORD/stationer/s1',
      },
      {
        name: 'Skranke 2',
        errands: 'No errands',
        status: 'Not in use',
        editHref: '/staff/admin/steder/NORD/stationer/s2',
      },
    ]);
    expect(page.week[1]).toEqual({ day: 'Tuesday', hours: '09:00–15:00' });
    expect(page.week[4]).toEqual({ day: 'Friday', hours: 'Closed' });
    expect(page.periods).toEqual([
      { title: 'Thursday 1 July 2027 – Saturday 14 August 2027', week: expect.any(Array) as unknown },
    ]);
    expect(page.periods[0].week[4].hours).toBe('10:00–12:00');
    expect(page.closures).toEqual([
      {
        id: 'c1',
        dates: 'Wednesday 9 December',
        where: 'Every place',
        reason: 'IT',
        deleteAction: '/staff/admin/steder/NORD/lukninger/c1/slet',
        deleteLabel: 'the closure Wednesday 9 December',
      },
    ]);
    expect(toLocationPage(detail, [], 'da', NOW).details).toContainEqual({
      key: 'Vejvisning',
      value: 'Ingen',
    });
    const meeting = { ...closure, closedFrom: '12:00:00', closedTo: '13:30:00' };
    const [hours] = toLocationPage(detail, [{ closure: meeting as never, location }], 'da', NOW).closures;
    expect(hours).toMatchObject({ dates: 'onsdag 9. december, kl. 12.00–13.30', where: 'Dette sted' });
  });

  it('says what was saved after the redirect; unknown messages and counts say nothing', () => {
    expect(noticeFrom({ besked: 'lukning-oprettet', aflyst: '2' }, 'en')).toEqual({
      text: 'The closure has been saved.',
      cancelled: '2 visits were cancelled. The citizens are not told automatically: call or write to them.',
    });
    expect(noticeFrom({ besked: 'station-gemt', aflyst: '-1' }, 'da')).toEqual({
      text: 'Stationen er gemt.',
    });
    expect(noticeFrom({ besked: 'toString' }, 'da')).toBeUndefined();
    expect(noticeFrom({}, 'da')).toBeUndefined();
  });

  it('escapes codes and ids in paths', () => {
    expect(placePath('A/B', 'x y')).toBe('/staff/admin/steder/A%2FB/x%20y');
  });
});
