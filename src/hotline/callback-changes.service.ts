import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '../auth/roles.decorator.js';
import { AvailabilityService, type DaySlots } from '../availability/availability.service.js';
import type { Booking } from '../bookings/entities/booking.entity.js';
import { StaffBookingsService } from '../bookings/staff-bookings.service.js';
import { HotlineService } from './hotline.service.js';

/**
 * A citizen phones to cancel or move their callback: the hotline does it for them, as reception
 * does for a visit — the same StaffBookingsService (the transition table, the offered times, the
 * "cancelled"/"changed" message through the outbox), cancelled by the citizen. Who did it is in
 * the audit trail (the controllers' @Audited, the pages' audit record).
 */
@Injectable()
export class CallbackChanges {
  constructor(
    private readonly hotline: HotlineService,
    private readonly staffBookings: StaffBookingsService,
    private readonly availability: AvailabilityService,
  ) {}

  /** Cancels before the call's time, at the citizen's request; the reason is a note for staff. */
  async cancel(reference: string, staff: StaffPrincipal, reason: string): Promise<Booking> {
    await this.hotline.callback(reference, staff);
    await this.staffBookings.cancelByStaff(reference, reason);
    return this.hotline.callback(reference, staff);
  }

  /** Moves to another free hotline time at the same place (a callback stays a callback). */
  async move(reference: string, staff: StaffPrincipal, start: string, reason: string): Promise<Booking> {
    await this.hotline.callback(reference, staff);
    await this.staffBookings.rescheduleByStaff(reference, { start }, reason);
    return this.hotline.callback(reference, staff);
  }

  /** The free call times for the callback's errand at its hotline place, per local day in the range. */
  async freeTimes(callback: Booking, range: { from: string; to: string }): Promise<DaySlots[]> {
    const minutes =
      callback.errand.phoneMinutes ?? (callback.endsAt.getTime() - callback.startsAt.getTime()) / 60_000;
    const found = await this.availability.freeSlotsAt(
      { errandId: callback.errandId, minutes, callback: true },
      range,
      callback.location.code,
    );
    return found?.days ?? [];
  }
}
