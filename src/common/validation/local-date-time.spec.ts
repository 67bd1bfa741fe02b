import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsLocalDate, IsLocalTime } from './local-date-time.js';

class Day {
  @IsLocalDate({ description: 'First closed day.', example: '2026-12-09' })
  on: string;

  @IsLocalDate({ optional: true })
  until?: string;
}

class Hours {
  @IsLocalTime({ description: 'When it opens.' })
  opens: string;
}

const problems = (type: new () => object, plain: object) =>
  Object.fromEntries(
    validateSync(plainToInstance(type, plain)).map((e) => [e.property, Object.values(e.constraints ?? {})]),
  );
const openApi = (type: new () => object, key: string): Record<string, unknown> =>
  Reflect.getMetadata('swagger/apiModelProperties', type.prototype, key);

describe('IsLocalDate', () => {
  it.each(['2026-12-01', '2024-02-29', '2000-01-01', '2099-12-31', '2026-01-31', '2026-04-30'])(
    'accepts %s',
    (on) => expect(problems(Day, { on })).toEqual({}),
  );

  it.each([
    '2026-02-30',
    '2027-02-31',
    '2025-02-29',
    '2100-02-28',
    '1999-12-31',
    '2026-04-31',
    '2026-13-01',
    '2026-12-1',
    '2026-12-01T10:00:00Z',
    ' 2026-12-01',
    'tomorrow',
    20261201,
    null,
  ])('refuses %s with one clear message', (on) =>
    expect(problems(Day, { on })).toEqual({
      on: ['on must be a date YYYY-MM-DD that exists in the calendar'],
    }),
  );

  it('lets an optional date be left out, but not be impossible', () => {
    expect(problems(Day, { on: '2026-12-01' })).toEqual({});
    expect(problems(Day, { on: '2026-12-01', until: '2026-02-30' })).toEqual({
      until: ['until must be a date YYYY-MM-DD that exists in the calendar'],
    });
  });

  it('documents a string of format date with its pattern, example and description', () => {
    expect(openApi(Day, 'on')).toMatchObject({
      type: String,
      format: 'date',
      pattern: '^20\\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
      example: '2026-12-09',
      description: expect.stringMatching(/^First closed day\. A date YYYY-MM-DD .*calendar/) as string,
    });
    expect(openApi(Day, 'on').required).toBe(true);
    expect(openApi(Day, 'until')).toMatchObject({ format: 'date', required: false, example: '2026-12-01' });
  });
});

describe('IsLocalTime', () => {
  it.each(['00:00', '09:30', '23:59'])('accepts %s', (opens) =>
    expect(problems(Hours, { opens })).toEqual({}),
  );

  it.each(['24:00', '23:60', '9:30', '09:30:00', '0930', '', 930])('refuses %s', (opens) =>
    expect(problems(Hours, { opens })).toEqual({ opens: ['opens must be a time HH:mm from 00:00 to 23:59'] }),
  );

  it('documents a string with the HH:mm pattern', () => {
    expect(openApi(Hours, 'opens')).toMatchObject({
      type: String,
      pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
      example: '10:00',
      description: expect.stringMatching(/^When it opens\. A local time HH:mm/) as string,
    });
  });
});
