import type { Language } from '../../../common/i18n/localized.js';
import type { Place } from '../../../locations/public/places.service.js';
import { momentForPeople } from '../../page/people-time.js';
import { toPlaceView, type PlaceView } from '../places/places.view.js';
import { LOCATION_TEXTS } from './location.texts.js';

/** The name of the place question: the radios' name, and the id of the first (the error summary's target). */
export const PLACE_FIELD = 'sted';

export interface PlaceChoiceView extends PlaceView {
  id: string;
  hintId: string;
  /** "Første ledige tid: tirsdag 8. december kl. 10.00", or that there is none soon. */
  firstFree: string;
  checked: boolean;
}

export interface PlaceChoicesInput {
  language: Language;
  now: Date;
  /** The code the citizen chose (a form shown again keeps it checked). */
  chosen?: string;
  /** How far ahead the next free time was looked for. */
  searchedDays: number;
}

/** The places that can serve the errand as radios: each with address, today's hours and next free time. */
export function toPlaceChoices(places: Place[], input: PlaceChoicesInput): PlaceChoiceView[] {
  const t = LOCATION_TEXTS[input.language];
  return places.map((place, index) => {
    const view = toPlaceView(place, input.language, input.now);
    const { timeZone } = place.location;
    const id = index === 0 ? PLACE_FIELD : `${PLACE_FIELD}-${view.code.toLowerCase()}`;
    return {
      ...view,
      id,
      hintId: `${id}-hint`,
      firstFree:
        place.firstFree === undefined
          ? t.noneFree(input.searchedDays)
          : t.firstFree(momentForPeople(new Date(place.firstFree), timeZone, input.language, input.now)),
      checked: view.code === input.chosen,
    };
  });
}

/** The chosen place's code from `?sted=`, upper-cased as codes are; undefined when none was chosen. */
export function chosenPlace(raw: unknown): string | undefined {
  const value = Array.isArray(raw) ? (raw as unknown[])[0] : raw;
  return typeof value === 'string' && value.trim() !== '' ? value.trim().toUpperCase() : undefined;
}
