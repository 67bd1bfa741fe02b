import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BookingsService } from '../../../bookings/bookings.service.js';
import type { CitizenDto } from '../../../bookings/dto/booking.dto.js';
import { Clock } from '../../../common/clock/clock.js';
import type { ErrorResponse } from '../../../common/errors/error-response.js';
import { TriageNotFoundError } from '../../../errands/errands.errors.js';
import { LocationsService } from '../../../locations/locations.service.js';
import type { FieldError } from '../../page/pages.service.js';
import { Pages } from '../../page/pages.service.js';
import type { BookingKind } from '../../../bookings/entities/booking.entity.js';
import { BookingTickets, kindAt } from '../location/booking-ticket.js';
import type { BookingChoice, ChoiceField, ContactInput, ContactProblem } from '../contact/contact-form.js';
import { CONTACT_TEXTS } from '../contact/contact.texts.js';
import {
  contactErrors,
  type PlaceForPeople,
  timePickerPath,
  toContactView,
} from '../contact/contact-view.js';
import { CHECK_TEXTS } from './check.texts.js';
import { toCheckView } from './check-view.js';
import { NOT_BOOKED_TEXTS } from './not-booked.texts.js';
import { toNotBookedView, WHAT_NOW } from './not-booked-view.js';

/**
 * The booking's last steps as pages, shared by the contact and the confirm routes: the contact
 * form (again, with problems), the check-your-answers page, and a refused booking.
 */
/** The contact step of a choice, as a link: place and time, nothing personal. */
const contactStep = (choice: BookingChoice) => ({
  path: `/book/${choice.triage}/kontakt`,
  query: { sted: choice.location, tid: choice.start },
});

@Injectable()
export class BookingForms {
  constructor(
    private readonly pages: Pages,
    private readonly tickets: BookingTickets,
    private readonly locations: LocationsService,
    private readonly bookings: BookingsService,
    private readonly clock: Clock,
  ) {}

  /** What the choices book: a callback when the place is the hotline, else a visit. */
  kindOf(choice: BookingChoice): Promise<BookingKind> {
    return this.tickets.kindOf(choice.location);
  }

  /**
   * The errand and place behind the choices, and what they book. Undefined when the triage books
   * nothing of the kind (too old, not a visit, no call): then the booking pages' own explanation is
   * already shown. An unknown place is its 404.
   */
  private async context(request: FastifyRequest, reply: FastifyReply, choice: BookingChoice) {
    if (!isUUID(choice.triage)) throw new TriageNotFoundError(choice.triage);
    const location = await this.locations.findByRef(choice.location);
    const kind = kindAt(location);
    const ticket = await this.tickets.ticketOrExplain(request, reply, choice.triage, kind);
    if (!ticket) return undefined;
    const place: PlaceForPeople = {
      code: location.code,
      name: location.name,
      address: location.address,
      timeZone: location.timeZone,
    };
    return { errand: ticket.errand, place, kind };
  }

  /**
   * A choice the page cannot use goes back to where it is made: an unknown triage is "not found",
   * a place to the place step, a time to the time picker.
   */
  redirectToChoice(
    request: FastifyRequest,
    reply: FastifyReply,
    choice: BookingChoice,
    broken: ChoiceField[],
  ) {
    if (broken.includes('triage')) throw new TriageNotFoundError(choice.triage);
    if (broken.includes('location'))
      return this.pages.redirect(request, reply, `/book/${choice.triage}/sted`);
    this.pages.redirect(request, reply, `/book/${choice.triage}/tid`, { sted: choice.location });
  }

  async contactPage(
    request: FastifyRequest,
    reply: FastifyReply,
    choice: BookingChoice,
    contact: ContactInput,
    problems: ContactProblem[] = [],
  ): Promise<void> {
    const language = this.pages.language(request);
    const context = await this.context(request, reply, choice);
    if (!context) return;
    const { place, kind } = context;
    const view = toContactView({ choice, place, contact, problems, language, now: this.clock.now(), kind });
    await this.pages.render(request, reply, 'citizen/contact/contact', {
      title: CONTACT_TEXTS[language].title,
      back: timePickerPath(choice, place.timeZone),
      errors: contactErrors(problems, language),
      contact: view,
      switchTo: contactStep(choice),
    });
  }

  /** Check your answers; `idempotencyKey` is new unless the page is shown again after a refusal. */
  async checkPage(
    request: FastifyRequest,
    reply: FastifyReply,
    choice: BookingChoice,
    citizen: Pick<CitizenDto, 'name' | 'email' | 'phone' | 'sms'>,
    again?: { idempotencyKey: string; errors: FieldError[]; status: number },
  ): Promise<void> {
    const language = this.pages.language(request);
    const context = await this.context(request, reply, choice);
    if (!context) return;
    const { errand, place, kind } = context;
    const view = toCheckView({
      choice,
      errand: { code: errand.code, name: errand.name[language] },
      place,
      kind,
      citizen,
      idempotencyKey: again?.idempotencyKey ?? randomUUID(),
      proof: this.bookings.proofRequired,
      language,
      now: this.clock.now(),
    });
    await this.pages.render(request, reply, 'citizen/check/check', {
      title: CHECK_TEXTS[language].title,
      errors: again?.errors,
      status: again?.status,
      check: view,
      // The other language starts the contact step again: names and contacts never go in a URL.
      switchTo: contactStep(choice),
    });
  }

  /** A refused booking: what happened and what to do, with the refusal's status. */
  async notBookedPage(
    request: FastifyRequest,
    reply: FastifyReply,
    choice: BookingChoice,
    problem: ErrorResponse,
  ): Promise<void> {
    const language = this.pages.language(request);
    const view = toNotBookedView(problem, choice, language);
    await this.pages.render(request, reply, 'citizen/check/not-booked', {
      title: NOT_BOOKED_TEXTS[language].title,
      status: problem.statusCode,
      errors: [{ field: WHAT_NOW, message: view.message }],
      notBooked: view,
      switchTo: { path: `/book/${choice.triage}/tid`, query: { sted: choice.location } },
    });
  }

  /** The message shown at the proof widget when the proof did not hold. */
  proofFailed(request: FastifyRequest): string {
    return CHECK_TEXTS[this.pages.language(request)].proofFailed;
  }
}
