import type { Location } from '../../../locations/entities/location.entity.js';
import type { Place } from '../../../locations/public/places.service.js';
import { toPlaceView } from './places.view.js';

const location = {
  id: 'a2d4',
  code: 'MAIN',
  name: 'Borgerservice Ebeltoft',
  kind: 'citizen_service',
  address: 'Torvegade 8, 8400 Ebeltoft',
  directions: { da: 'Indgang fra torvet.', en: null },
  timeZone: 'Europe/Copenhagen',
} as unknown as Location;

const place: Place = {
  location,
  days: [
    { date: '2026-12-24', hours: [], closed: 'Kommunal lukkedag' },
    { date: '2026-12-25', hours: [], closed: 'Juledag' },
    { date: '2026-12-28', hours: [{ opens: '10:00', closes: '14:00' }] },
  ],
};
const NOW = new Date('2026-12-24T08:00:00Z');

describe('toPlaceView', () => {
  it('names today and tomorrow, and reads hours as Danes do', () => {
    const view = toPlaceView(place, 'da', NOW);
    expect(view).toMatchObject({
      code: 'MAIN',
      kind: 'Borgerservice',
      directions: 'Indgang fra torvet.',
      todayHours: 'Lukket (Kommunal lukkedag)',
    });
    expect(view.week).toEqual([
      { day: 'I dag, torsdag 24. december', hours: 'Lukket (Kommunal lukkedag)', today: true },
      { day: 'I morgen, fredag 25. december', hours: 'Lukket (Juledag)', today: false },
      { day: 'mandag 28. december', hours: '10.00–14.00', today: false },
    ]);
  });

  it('speaks English, and leaves out directions the place has not in that language', () => {
    const view = toPlaceView(place, 'en', NOW);
    expect(view.kind).toBe('Citizen Service');
    expect(view.directions).toBeUndefined();
    expect(view.week[0].day).toBe('Today, Thursday 24 December');
    expect(view.week[2].hours).toBe('10:00–14:00');
  });
});
