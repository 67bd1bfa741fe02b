import type { Language } from '../../../common/i18n/localized.js';
import { ADVISER_DAY_TEXTS } from './adviser-day.texts.js';
import type { AdviserDayView } from './adviser-day.view.js';

/** What an action did, as the redirect after it says (`?udfoert=…&besoeg=…`). */
export const DONE = ['kaldt', 'startet', 'afsluttet', 'udeblevet', 'i-koe', 'ingen-venter'] as const;
export type Done = (typeof DONE)[number];

export function isDone(value: unknown): value is Done {
  return typeof value === 'string' && (DONE as readonly string[]).includes(value);
}

/**
 * The line at the top of the day after an action (POST → redirect → GET), read from the visit as it
 * is now: "Nummer 12 (Karen Jensen) er kaldt til Skranke 1." Nothing when the visit is not among the
 * day's (another day, or a forged link).
 */
export function noticeFor(
  done: unknown,
  key: unknown,
  view: AdviserDayView,
  language: Language,
): string | undefined {
  if (!isDone(done)) return undefined;
  const t = ADVISER_DAY_TEXTS[language].notices;
  if (done === 'ingen-venter') return t.nobodyWaiting;
  const visit = view.visits.find((candidate) => candidate.key === key);
  if (!visit) return undefined;
  const number = visit.queueNumber ?? '–';
  switch (done) {
    case 'kaldt':
      return t.called(number, visit.citizen, visit.station);
    case 'startet':
      return t.started(visit.citizen);
    case 'afsluttet':
      return t.completed(visit.citizen);
    case 'udeblevet':
      return t.noShow(visit.citizen);
    case 'i-koe':
      return t.back(visit.citizen, number);
  }
}
