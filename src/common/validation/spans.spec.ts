import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsInstant } from './is-instant.js';
import { IsLocalDate, IsLocalTime } from './local-date-time.js';
import { NotBefore } from './spans.js';

class Shift {
  @IsLocalTime()
  starts: string;

  @IsLocalTime()
  @NotBefore('starts', 'time', true)
  ends: string;

  @IsLocalDate({ optional: true })
  validFrom?: string;

  @IsLocalDate({ optional: true })
  @NotBefore('validFrom', 'date', false)
  validTo?: string;
}

class Away {
  @IsInstant()
  startsAt: string;

  @IsInstant()
  @NotBefore('startsAt', 'instant', true)
  endsAt: string;
}

const problems = (type: new () => object, plain: object) =>
  Object.fromEntries(
    validateSync(plainToInstance(type, plain)).map((e) => [e.property, Object.values(e.constraints ?? {})]),
  );
const shift = { starts: '09:30', ends: '14:30' };

describe('NotBefore', () => {
  it('accepts an end after the start, and a one-day date span', () => {
    expect(problems(Shift, { ...shift, validFrom: '2027-01-10', validTo: '2027-01-10' })).toEqual({});
    expect(problems(Away, { startsAt: '2026-12-03T10:00:00+01:00', endsAt: '2026-12-03T09:30:00Z' })).toEqual(
      {},
    );
  });

  it('refuses a reversed span with its own message', () => {
    expect(problems(Shift, { starts: '14:30', ends: '14:30' })).toEqual({
      ends: ['ends must be after starts'],
    });
    expect(problems(Shift, { ...shift, validFrom: '2027-01-10', validTo: '2027-01-09' })).toEqual({
      validTo: ['validTo must be on or after validFrom'],
    });
    // 10:00+01:00 is 09:00Z: compared as instants, not as text.
    expect(problems(Away, { startsAt: '2026-12-03T10:00:00+01:00', endsAt: '2026-12-03T09:00:00Z' })).toEqual(
      {
        endsAt: ['endsAt must be after startsAt'],
      },
    );
  });

  it('compares only well-formed ends: a malformed one has only its format message', () => {
    expect(problems(Shift, { starts: '24:00', ends: '10:00' })).toEqual({
      starts: ['starts must be a time HH:mm from 00:00 to 23:59'],
    });
    expect(problems(Shift, { ...shift, validFrom: '2027-02-31', validTo: '2027-02-01' })).toEqual({
      validFrom: ['validFrom must be a date YYYY-MM-DD that exists in the calendar'],
    });
    expect(problems(Shift, { ...shift, validFrom: '2027-03-01', validTo: '2027-02-30' })).toEqual({
      validTo: ['validTo must be a date YYYY-MM-DD that exists in the calendar'],
    });
    expect(problems(Away, { startsAt: '2026-12-03T10:00:00', endsAt: '2026-12-03T09:00:00Z' })).toEqual({
      startsAt: ['startsAt must be an ISO 8601 time with an offset, e.g. 2026-12-01T10:00:00+01:00'],
    });
  });
});
