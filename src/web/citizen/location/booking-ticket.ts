import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrandToBook } from '../../../availability/availability.service.js';
import type { BookingKind } from '../../../bookings/entities/booking.entity.js';
import type { TriageSession } from '../../../errands/entities/triage-session.entity.js';
import {
  TriageExpiredError,
  TriageNotCallbackError,
  TriageNotFoundError,
  TriageNotVisitError,
} from '../../../errands/errands.errors.js';
import { TriageService } from '../../../errands/triage.service.js';
import type { Location } from '../../../locations/entities/location.entity.js';
import { LocationNotFoundError } from '../../../locations/locations.errors.js';
import { LocationsService } from '../../../locations/locations.service.js';
import { Pages } from '../../page/pages.service.js';
import { NOT_BOOKABLE_TEXTS } from './not-bookable.texts.js';

/** What a place books: a hotline place is the phone desk, where a booking is a callback. */
export function kindAt(place: Pick<Location, 'kind'>): BookingKind {
  return place.kind === 'hotline' ? 'callback' : 'visit';
}

/**
 * The errand as availability asks for it: a visit takes the errand's visit minutes at a station, a
 * callback its phone minutes with a free hotline adviser. A booked call whose errand has lost its
 * phone help since keeps its own length (`bookedMinutes`), as BookingsService.reschedule does.
 */
export function errandToBook(
  errand: { id: string; visitMinutes: number; phoneMinutes: number | null },
  kind: BookingKind,
  bookedMinutes?: number,
): ErrandToBook {
  if (kind === 'visit') return { errandId: errand.id, minutes: errand.visitMinutes };
  const minutes = errand.phoneMinutes ?? bookedMinutes ?? errand.visitMinutes;
  return { errandId: errand.id, minutes, callback: true };
}

type NotATicket = TriageNotVisitError | TriageNotCallbackError | TriageExpiredError;

/**
 * The booking pages' door: the triage as a ticket for booking a visit (TriageService.findBookingTicket)
 * or a callback (findCallbackTicket), or — when its answers say otherwise, or are too old — a page
 * that says so and where to go instead (422, as the API answers). An unknown or malformed id is the
 * 404 page.
 */
@Injectable()
export class BookingTickets {
  constructor(
    private readonly pages: Pages,
    private readonly triage: TriageService,
    private readonly locations: LocationsService,
  ) {}

  async ticketOrExplain(
    request: FastifyRequest,
    reply: FastifyReply,
    triageId: string,
    kind: BookingKind = 'visit',
  ): Promise<TriageSession | undefined> {
    if (!isUUID(triageId)) throw new TriageNotFoundError(triageId);
    try {
      return kind === 'callback'
        ? await this.triage.findCallbackTicket(triageId)
        : await this.triage.findBookingTicket(triageId);
    } catch (error) {
      if (!(
        error instanceof TriageNotVisitError ||
        error instanceof TriageNotCallbackError ||
        error instanceof TriageExpiredError
      ))
        throw error;
      await this.explain(request, reply, triageId, error);
      return undefined;
    }
  }

  /** The phone desk: the active place of kind `hotline` (one per municipality), if there is one. */
  async hotline(): Promise<Location | undefined> {
    const places = await this.locations.activeByName();
    return places.find((place) => kindAt(place) === 'callback');
  }

  /**
   * What the chosen place (`sted`) books. A place that is not known books a visit here: the step's
   * own checks then send the citizen back to the choice, or answer with the 404 page.
   */
  async kindOf(placeRef: string): Promise<BookingKind> {
    if (placeRef === '') return 'visit';
    try {
      return kindAt({ kind: await this.locations.kindOf(placeRef) });
    } catch (error) {
      if (error instanceof LocationNotFoundError) return 'visit';
      throw error;
    }
  }

  private async explain(
    request: FastifyRequest,
    reply: FastifyReply,
    triageId: string,
    error: NotATicket,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = NOT_BOOKABLE_TEXTS[language];
    const session = await this.triage.findById(triageId);
    const expired = error instanceof TriageExpiredError;
    await this.pages.render(request, reply, 'citizen/location/not-bookable', {
      title: expired ? t.expiredTitle : t.title,
      status: 422,
      t,
      errandName: session.errand.name[language],
      // The domain's own words say why (self-service, not yet, elsewhere, a call instead of a visit).
      text: expired ? t.expired : error.messages[language],
      againHref: expired ? `/aerinder/${session.errand.code}` : undefined,
      outcomeHref: expired ? undefined : `/vejledning/${triageId}`,
    });
  }
}
