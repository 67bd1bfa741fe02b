import { DateTime } from 'luxon';
import type { Language } from '../../common/i18n/localized.js';
import { formatInstant } from '../../common/time/format-instant.js';
import { openingText } from '../opening-days.js';
import type { OpeningDayResponse, PlaceResponse } from './places.dto.js';
import type { Place } from './places.service.js';

const LOCALE: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export function toOpeningDayResponse(day: Place['days'][number], language: Language): OpeningDayResponse {
  return {
    date: day.date,
    weekday: DateTime.fromISO(day.date, { zone: 'UTC' }).setLocale(LOCALE[language]).toFormat('cccc'),
    hours: day.hours,
    closed: day.closed ?? null,
    text: openingText(day, language),
  };
}

/** A place for the API, in one language; `nextFreeTime` only when the question named an errand. */
export function toPlaceResponse(place: Place, language: Language, withNextFree: boolean): PlaceResponse {
  const { location } = place;
  return {
    code: location.code,
    name: location.name,
    kind: location.kind,
    address: location.address,
    directions: location.directions[language] ?? null,
    timeZone: location.timeZone,
    openingHours: place.days.map((day) => toOpeningDayResponse(day, language)),
    ...(withNextFree && {
      nextFreeTime: place.firstFree === undefined ? null : formatInstant(place.firstFree, location.timeZone),
    }),
  };
}
