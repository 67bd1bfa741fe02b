import { DateTime } from 'luxon';
import type { Language } from '../../../common/i18n/localized.js';
import { localDateForPeople, momentForPeople, timeForPeople } from '../../page/people-time.js';
import { TIME_PICKER_TEXTS, type TimePickerTexts } from './picker.texts.js';

/** One local day of the range and its free start times (ISO instants with offset, as availability gives them). */
export interface PickerDay {
  date: string;
  starts: string[];
}

export interface TimePickerInput {
  /** Every day of the range, in order; a day without starts is shown as full, never left out. */
  days: PickerDay[];
  /** The place's time zone: times are shown as the clock on its wall reads. */
  zone: string;
  language: Language;
  now: Date;
  /** `?dag=`: the day whose times are shown; default the chosen time's day, else the first with times. */
  selectedDate?: string;
  /** The time the citizen chose (a form shown again with an error keeps it checked). */
  chosen?: string;
  /** Where a day's link goes: the caller's page with that day (and whatever else it carries). */
  dayHref: (date: string) => string;
  /**
   * Where the first-free-time shortcut goes: straight on with that time (e.g. the next step's URL
   * with `tid=`). Without it the shortcut opens the first free day, whose first radio is that time.
   */
  timeHref?: (start: string) => string;
  /** The first day of the days before / after these (pickerWindow), linked through dayHref. */
  earlier?: string;
  later?: string;
}

export interface PickerDayLink {
  date: string;
  weekday: string;
  dayOfMonth: string;
  label: string;
  href: string;
  count: number;
  countText: string;
  full: boolean;
  current: boolean;
}

export interface PickerTime {
  id: string;
  value: string;
  label: string;
  checked: boolean;
}

export interface PickerGroup {
  /** "Formiddag"/"Eftermiddag" when the day is long enough to need it; otherwise none. */
  heading?: string;
  times: PickerTime[];
}

export interface TimePickerView {
  t: TimePickerTexts;
  days: PickerDayLink[];
  /** The shown day; undefined only when the range has no days at all. */
  day?: {
    date: string;
    label: string;
    full: boolean;
    legend: string;
    groups: PickerGroup[];
    /** For a full day: the next day with times (never a dead end), if there is one. */
    next?: { label: string; href: string };
  };
  firstFree?: { value: string; label: string; href: string };
  /** No free time on any day of the range. */
  none: boolean;
  earlier?: { href: string };
  later?: { href: string };
}

/** The id of the first radio, so an error summary's link to `#tid` lands on the question. */
export const TIME_FIELD = 'tid';

/** Up to this many times a day reads as one list; longer days are split at noon. */
export const GROUP_FROM = 9;

function splitWeekday(label: string): { weekday: string; rest: string } {
  const space = label.indexOf(' ');
  return { weekday: label.slice(0, space), rest: label.slice(space + 1) };
}

function dayLinks(input: TimePickerInput, shown: string | undefined, t: TimePickerTexts): PickerDayLink[] {
  return input.days.map(({ date, starts }) => {
    const label = localDateForPeople(date, input.language, input.now);
    const { weekday, rest } = splitWeekday(label);
    return {
      date,
      weekday,
      dayOfMonth: rest,
      label,
      href: input.dayHref(date),
      count: starts.length,
      countText: starts.length === 0 ? t.full : t.free(starts.length),
      full: starts.length === 0,
      current: date === shown,
    };
  });
}

function localDateOf(instant: string, zone: string): string {
  return DateTime.fromISO(instant).setZone(zone).toISODate()!;
}

function shownDate(input: TimePickerInput): string | undefined {
  const dates = new Set(input.days.map((day) => day.date));
  if (input.selectedDate && dates.has(input.selectedDate)) return input.selectedDate;
  const chosenDate = input.chosen ? localDateOf(input.chosen, input.zone) : undefined;
  if (chosenDate && dates.has(chosenDate)) return chosenDate;
  return (input.days.find((day) => day.starts.length > 0) ?? input.days[0])?.date;
}

function groupsOf(starts: string[], input: TimePickerInput, t: TimePickerTexts): PickerGroup[] {
  const times = starts.map((value, index): PickerTime => ({
    id: index === 0 ? TIME_FIELD : `${TIME_FIELD}-${index + 1}`,
    value,
    label: timeForPeople(value, input.zone, input.language),
    checked: value === input.chosen,
  }));
  const isMorning = (time: PickerTime) => DateTime.fromISO(time.value).setZone(input.zone).hour < 12;
  const morning = times.filter(isMorning);
  const afternoon = times.filter((time) => !isMorning(time));
  if (times.length < GROUP_FROM || morning.length === 0 || afternoon.length === 0) return [{ times }];
  return [
    { heading: t.morning, times: morning },
    { heading: t.afternoon, times: afternoon },
  ];
}

function firstFreeOf(first: string, input: TimePickerInput): TimePickerView['firstFree'] {
  return {
    value: first,
    label: momentForPeople(first, input.zone, input.language, input.now),
    href: input.timeHref ? input.timeHref(first) : input.dayHref(localDateOf(first, input.zone)),
  };
}

/**
 * The time picker as the page shows it: the days of the range (full ones marked, not hidden), the
 * shown day's times as radios, and the first free time as a shortcut. Pure, so every case is unit-tested.
 */
export function toTimePickerView(input: TimePickerInput): TimePickerView {
  const t = TIME_PICKER_TEXTS[input.language];
  const shown = shownDate(input);
  const days = dayLinks(input, shown, t);
  const first = input.days.flatMap((day) => day.starts)[0];
  const index = input.days.findIndex((day) => day.date === shown);
  const day = input.days[index];
  const label = day && localDateForPeople(day.date, input.language, input.now);
  const next = input.days.slice(index + 1).find((later) => later.starts.length > 0);
  return {
    t,
    days,
    day: day && {
      date: day.date,
      label,
      full: day.starts.length === 0,
      legend: t.times(label),
      groups: groupsOf(day.starts, input, t),
      next:
        day.starts.length === 0 && next
          ? {
              label: t.nextWithTimes(localDateForPeople(next.date, input.language, input.now)),
              href: input.dayHref(next.date),
            }
          : undefined,
    },
    firstFree: first ? firstFreeOf(first, input) : undefined,
    none: first === undefined,
    ...(input.earlier && { earlier: { href: input.dayHref(input.earlier) } }),
    ...(input.later && { later: { href: input.dayHref(input.later) } }),
  };
}

/** The time a picker form sent (`tid`), or undefined when none was chosen. */
export function pickedTime(raw: unknown): string | undefined {
  const value = Array.isArray(raw) ? (raw as unknown[])[0] : raw;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
