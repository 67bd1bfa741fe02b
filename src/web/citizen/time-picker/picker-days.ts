import type { DaySlots } from '../../../availability/availability.service.js';
import { formatInstant } from '../../../common/time/format-instant.js';
import type { PickerDay } from './time-picker.view.js';

/**
 * AvailabilityService.freeSlots for one place → the picker's days: each free start once (several
 * stations at one start are one time to the citizen), as the ISO instant with the place's offset.
 */
export function pickerDays(days: DaySlots[]): PickerDay[] {
  return days.map(({ date, slots }) => ({
    date,
    starts: [...new Set(slots.map(({ location, slot }) => formatInstant(slot.start, location.timeZone)))],
  }));
}
