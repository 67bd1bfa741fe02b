import type { DaySlots } from '../availability/availability.service.js';
import { formatInstant } from '../common/time/format-instant.js';
import type { Language } from '../errands/errand-definition.js';
import type { TriageSession } from '../errands/entities/triage-session.entity.js';
import type {
  BookingTriageResponse,
  FreeDayResponse,
  ReceptionBookingResponse,
} from './dto/reception-bookings.dto.js';
import type { DeskBooking } from './reception-desk.service.js';
import { toVisitResponse } from './visits.mapper.js';

/** The citizen's triage as stored: each question of its errand in order, with the answer given. */
export function toBookingTriageResponse(triage: TriageSession, language: Language): BookingTriageResponse {
  const questions = [...(triage.errand.questions ?? [])].sort((a, b) => a.position - b.position);
  return {
    outcome: triage.outcome,
    reason: triage.reason[language],
    answers: questions.map((question) => {
      const answer = triage.answers[question.key];
      return {
        key: question.key,
        question: question.text[language],
        answer: answer === undefined ? 'skipped' : answer ? 'yes' : 'no',
      };
    }),
  };
}

/** Needs the booking's location, errand, station and adviser loaded. */
export function toReceptionBookingResponse(
  { booking, triage }: DeskBooking,
  language: Language,
): ReceptionBookingResponse {
  return {
    ...toVisitResponse(booking, booking.location.timeZone, language),
    location: { code: booking.location.code, name: booking.location.name },
    contact: { email: booking.citizenEmail, phone: booking.citizenPhone },
    cancelReason: booking.cancelReason,
    moveReason: booking.moveReason,
    triage: toBookingTriageResponse(triage, language),
  };
}

/** Each free start once per day (several stations at one start are one time to the citizen). */
export function toFreeDays(days: DaySlots[]): FreeDayResponse[] {
  return days.map(({ date, slots }) => ({
    date,
    starts: [...new Set(slots.map(({ location, slot }) => formatInstant(slot.start, location.timeZone)))],
  }));
}
