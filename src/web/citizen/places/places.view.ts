import type { Language } from '../../../common/i18n/localized.js';
import { openingText } from '../../../locations/opening-days.js';
import type { Place } from '../../../locations/public/places.service.js';
import { localDateForPeople } from '../../page/people-time.js';
import { PLACES_TEXTS } from './places.texts.js';

export interface PlaceDayView {
  /** "I dag, mandag 7. december" / "tirsdag 8. december". */
  day: string;
  hours: string;
  today: boolean;
}

export interface PlaceView {
  code: string;
  name: string;
  kind: string;
  address: string;
  directions?: string;
  /** Today's hours as people read them: "10.00–14.00", "Lukket". */
  todayHours: string;
  week: PlaceDayView[];
}

/** A place as the pages show it: kind, address, directions and the week's hours from today. */
export function toPlaceView(place: Place, language: Language, now: Date): PlaceView {
  const t = PLACES_TEXTS[language];
  const { location } = place;
  const relative = [t.today, t.tomorrow];
  const week = place.days.map((day, index) => {
    const date = localDateForPeople(day.date, language, now);
    return {
      day: index < relative.length ? `${relative[index]}, ${date}` : date,
      hours: openingText(day, language),
      today: index === 0,
    };
  });
  return {
    code: location.code,
    name: location.name,
    kind: t.kinds[location.kind],
    address: location.address,
    directions: location.directions[language] ?? undefined,
    todayHours: week[0]?.hours ?? '',
    week,
  };
}
