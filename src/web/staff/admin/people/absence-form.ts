import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DateTime } from 'luxon';
import type { Language } from '../../../../common/i18n/localized.js';
import { formatInstant } from '../../../../common/time/format-instant.js';
import { IsLocalDate, IsLocalTime } from '../../../../common/validation/local-date-time.js';
import { TrimmedText } from '../../../../common/validation/text.js';
import type { FieldError } from '../../../page/pages.service.js';
import { ABSENCE_TEXTS } from './absence.texts.js';
import { normaliseTime } from './working-times-form.js';

/*
 * An absence as a person enters it: from a date (and maybe a time) until a date (and maybe a time)
 * in the adviser's time zone, and a reason. Without times it is whole days: from the first day's
 * start until the last day's end. Turned into the instants POST …/absences takes.
 */

export class AbsenceFormDto {
  @IsLocalDate()
  startDate: string;

  @IsLocalTime({ optional: true })
  startTime?: string;

  @IsLocalDate()
  endDate: string;

  @IsLocalTime({ optional: true })
  endTime?: string;

  @TrimmedText({ min: 1, max: 200 })
  reason: string;
}

export interface TypedAbsence {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  reason: string;
}

const FIELDS = ['startDate', 'startTime', 'endDate', 'endTime', 'reason'] as const;

export function typedAbsence(body: Record<string, unknown> | undefined): TypedAbsence {
  const value = (name: string) => (typeof body?.[name] === 'string' ? (body[name] as string).trim() : '');
  return Object.fromEntries(FIELDS.map((name) => [name, value(name)])) as unknown as TypedAbsence;
}

/** A new absence starts as today, whole day: the usual case is a sick day reported in the morning. */
export function todayAbsence(today: string): TypedAbsence {
  return { startDate: today, startTime: '', endDate: today, endTime: '', reason: '' };
}

export type AbsenceRead =
  | { ok: true; absence: { startsAt: string; endsAt: string; reason: string } }
  | { ok: false; errors: FieldError[] };

function problemText(
  field: string,
  constraints: Record<string, string>,
  typed: TypedAbsence,
  language: Language,
): string {
  const t = ABSENCE_TEXTS[language];
  if (field === 'reason') {
    if (typed.reason === '') return t.reasonMissing;
    return constraints.noCpr ? t.reasonCpr : t.reasonTooLong;
  }
  if (field === 'startTime' || field === 'endTime') return t.timeInvalid;
  return t.dateInvalid;
}

/** The instants and reason of a typed absence, or its problems at the fields (in the form's order). */
export async function readAbsence(
  typed: TypedAbsence,
  zone: string,
  language: Language,
): Promise<AbsenceRead> {
  const fields = {
    ...typed,
    startTime: typed.startTime === '' ? undefined : normaliseTime(typed.startTime),
    endTime: typed.endTime === '' ? undefined : normaliseTime(typed.endTime),
  };
  const dto = plainToInstance(AbsenceFormDto, fields);
  const problems = await validate(dto);
  if (problems.length > 0) {
    const errors = FIELDS.flatMap((field) => {
      const problem = problems.find((p) => p.property === field);
      if (!problem) return [];
      const missing = field.endsWith('Date') && typed[field] === '';
      const message = missing
        ? ABSENCE_TEXTS[language].dateMissing
        : problemText(field, problem.constraints ?? {}, typed, language);
      return [{ field, message }];
    });
    return { ok: false, errors };
  }
  const start = DateTime.fromISO(`${dto.startDate}T${dto.startTime ?? '00:00'}`, { zone });
  const end = dto.endTime
    ? DateTime.fromISO(`${dto.endDate}T${dto.endTime}`, { zone })
    : DateTime.fromISO(dto.endDate, { zone }).plus({ days: 1 });
  if (end <= start) {
    const field = dto.endTime ? 'endTime' : 'endDate';
    return { ok: false, errors: [{ field, message: ABSENCE_TEXTS[language].endBeforeStart }] };
  }
  return {
    ok: true,
    absence: {
      startsAt: formatInstant(start.toMillis(), zone),
      endsAt: formatInstant(end.toMillis(), zone),
      reason: dto.reason,
    },
  };
}
