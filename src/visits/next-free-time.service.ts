import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AvailabilityService } from '../availability/availability.service.js';
import { Clock } from '../common/clock/clock.js';

/** How far ahead reception looks for the next free time when nothing is free today. */
const SEARCH_DAYS = 31;

/** When a walk-in who needs a visit can come back, if nothing is free today. */
@Injectable()
export class NextFreeTimeService {
  constructor(
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
  ) {}

  /** The first free start from tomorrow at the location (no minimum notice), or null. */
  async after(
    errand: { id: string; visitMinutes: number },
    location: { id: string; timeZone: string },
  ): Promise<{ start: number; location: string } | null> {
    const from = DateTime.fromJSDate(this.clock.now(), { zone: location.timeZone }).plus({ days: 1 });
    const range = { from: from.toISODate()!, to: from.plus({ days: SEARCH_DAYS - 1 }).toISODate()! };
    const days = await this.availability.freeSlots(
      { errandId: errand.id, minutes: errand.visitMinutes, minNoticeMinutes: 0 },
      range,
      location.id,
    );
    const first = days.flatMap((day) => day.slots)[0];
    return first ? { start: first.slot.start, location: first.location.code } : null;
  }
}
