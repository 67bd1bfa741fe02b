import type { Location } from '../../../locations/entities/location.entity.js';
import type { Place } from '../../../locations/public/places.service.js';
import { chosenPlace, toPlaceChoices } from './location.view.js';

function place(code: string, firstFree?: string): Place {
  const location = {
    id: code,
    code,
    name: `Borgerservice ${code}`,
    kind: 'citizen_service',
    address: 'Torvet 1',
    directions: { da: null, en: null },
    timeZone: 'Europe/Copenhagen',
  } as unknown as Location;
  return {
    location,
    days: [{ date: '2026-12-07', hours: [{ opens: '10:00', closes: '14:00' }] }],
    firstFree: firstFree === undefined ? undefined : Date.parse(firstFree),
  };
}

const NOW = new Date('2026-12-07T08:00:00Z');

describe('toPlaceChoices', () => {
  it('makes a radio per place, the first with the question’s id, each with its next free time', () => {
    const choices = toPlaceChoices([place('MAIN', '2026-12-08T09:00:00Z'), place('SMALL')], {
      language: 'da',
      now: NOW,
      searchedDays: 14,
      chosen: 'SMALL',
    });
    expect(
      choices.map(({ id, hintId, firstFree, todayHours, checked }) => ({
        id,
        hintId,
        firstFree,
        todayHours,
        checked,
      })),
    ).toEqual([
      {
        id: 'sted',
        hintId: 'sted-hint',
        firstFree: 'Første ledige tid: tirsdag 8. december kl. 10.00',
        todayHours: '10.00–14.00',
        checked: false,
      },
      {
        id: 'sted-small',
        hintId: 'sted-small-hint',
        firstFree: 'Ingen ledige tider de næste 14 dage',
        todayHours: '10.00–14.00',
        checked: true,
      },
    ]);
  });

  it('speaks English', () => {
    const [choice] = toPlaceChoices([place('MAIN', '2026-12-08T09:00:00Z')], {
      language: 'en',
      now: NOW,
      searchedDays: 14,
    });
    expect(choice.firstFree).toBe('First free time: Tuesday 8 December, 10:00');
  });
});

describe('chosenPlace', () => {
  it('reads a code in any case, or nothing', () => {
    expect(chosenPlace('main')).toBe('MAIN');
    expect(chosenPlace(['SMALL', 'MAIN'])).toBe('SMALL');
    expect(chosenPlace('')).toBeUndefined();
    expect(chosenPlace(undefined)).toBeUndefined();
  });
});
