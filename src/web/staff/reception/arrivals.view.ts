import { formatReference } from '../../../bookings/booking-secrets.js';
import type { BookingSource, BookingStatus } from '../../../bookings/entities/booking.entity.js';
import type { Language, Localized } from '../../../common/i18n/localized.js';
import { timeForPeople } from '../../page/people-time.js';
import { RECEPTION_TEXTS } from './reception.texts.js';

/** What the list needs of a booking (the entity with errand, station and adviser loaded fits). */
export interface ArrivalLike {
  reference: string;
  status: BookingStatus;
  startsAt: Date;
  citizenName: string | null;
  queueNumber: number | null;
  source: BookingSource;
  errand: { name: Localized };
  station: { name: string };
  adviser: { name: string };
}

export interface ArrivalRow {
  reference: string;
  time: string;
  name: string;
  errand: string;
  /** The status key, for the row's class. */
  state: BookingStatus;
  /** "Tjekket ind · nr. 12" */
  status: string;
  /** "nr. 12", while the number means something (checked in, called, in progress). */
  queue?: string;
  /** "Skranke 2 · Mette Sørensen" */
  where: string;
  walkIn: boolean;
  href: string;
  /** The row just checked in (after the check-in form). */
  current: boolean;
}

export interface ArrivalsView {
  rows: ArrivalRow[];
  /** Still to come: booked and not yet checked in. */
  expected: number;
  /** Checked in or called, waiting for the adviser. */
  waiting: number;
}

/** Statuses whose queue number still means something on the day. */
const IN_QUEUE: readonly BookingStatus[] = ['checked_in', 'called', 'in_progress'];

const inQueue = (arrival: Pick<ArrivalLike, 'status' | 'queueNumber'>) =>
  arrival.queueNumber !== null && IN_QUEUE.includes(arrival.status);

/** "Tjekket ind · nr. 12": the status, with the queue number while it means something. */
export function statusText(arrival: Pick<ArrivalLike, 'status' | 'queueNumber'>, language: Language): string {
  const t = RECEPTION_TEXTS[language];
  const status = t.statuses[arrival.status];
  return inQueue(arrival) ? `${status} · ${t.queueNumber(arrival.queueNumber!)}` : status;
}

/**
 * Today's arrivals at a location in time order as the desk reads them: time, name, errand, status
 * with the queue number, and where they go; `current` marks the reference just checked in.
 */
export function toArrivalsView(
  arrivals: ArrivalLike[],
  input: { zone: string; language: Language; bookingHref: (reference: string) => string; current?: string },
): ArrivalsView {
  const t = RECEPTION_TEXTS[input.language];
  return {
    rows: arrivals.map((arrival) => {
      const reference = formatReference(arrival.reference);
      return {
        reference,
        time: timeForPeople(arrival.startsAt, input.zone, input.language),
        name: arrival.citizenName ?? t.noName,
        errand: arrival.errand.name[input.language],
        state: arrival.status,
        status: statusText(arrival, input.language),
        queue: inQueue(arrival) ? t.queueNumber(arrival.queueNumber!) : undefined,
        where: `${arrival.station.name} · ${arrival.adviser.name}`,
        walkIn: arrival.source === 'walk_in',
        href: input.bookingHref(reference),
        current: input.current !== undefined && arrival.reference === input.current,
      };
    }),
    expected: arrivals.filter((arrival) => arrival.status === 'booked').length,
    waiting: arrivals.filter((arrival) => arrival.status === 'checked_in' || arrival.status === 'called')
      .length,
  };
}
