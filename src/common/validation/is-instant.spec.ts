import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsInstant, isInstant } from './is-instant.js';

describe('isInstant', () => {
  it.each([
    '2026-12-01T10:00:00+01:00',
    '2026-12-01T09:00Z',
    '2026-07-01T10:00:00.000+02:00',
    '2028-02-29T10:00:00Z',
  ])('accepts %s', (value) => expect(isInstant(value)).toBe(true));

  it.each([
    '2026-02-30T10:00:00+01:00',
    '2026-13-01T10:00:00+01:00',
    '2026-12-01T25:00:00+01:00',
    '2027-02-29T10:00:00Z',
    '2026-12-01T10:00:00',
    '2026-12-01',
    'tomorrow',
    42,
  ])('refuses %s', (value) => expect(isInstant(value)).toBe(false));
});

class Absence {
  @IsInstant({ description: 'When it begins.', example: '2026-12-03T00:00:00+01:00' })
  startsAt: string;

  @IsInstant({ optional: true })
  endsAt?: string;
}

const problems = (plain: object) =>
  Object.fromEntries(
    validateSync(plainToInstance(Absence, plain)).map((e) => [
      e.property,
      Object.values(e.constraints ?? {}),
    ]),
  );
const openApi = (key: string): Record<string, unknown> =>
  Reflect.getMetadata('swagger/apiModelProperties', Absence.prototype, key);

describe('IsInstant', () => {
  it('accepts an instant with an offset or Z, and an optional one left out', () => {
    expect(problems({ startsAt: '2026-12-03T00:00:00+01:00' })).toEqual({});
    expect(problems({ startsAt: '2026-12-03T00:00Z', endsAt: '2026-12-04T00:00:00.000+01:00' })).toEqual({});
  });

  it.each(['2026-12-03T00:00:00', '2026-02-30T10:00:00+01:00', '2026-12-03', 1764716400000])(
    'refuses %s with one message naming ISO 8601',
    (startsAt) =>
      expect(problems({ startsAt })).toEqual({
        startsAt: ['startsAt must be an ISO 8601 time with an offset, e.g. 2026-12-01T10:00:00+01:00'],
      }),
  );

  it('documents a string of format date-time with example and description', () => {
    expect(openApi('startsAt')).toMatchObject({
      type: String,
      format: 'date-time',
      example: '2026-12-03T00:00:00+01:00',
      description: expect.stringMatching(/^When it begins\. An ISO 8601 time with an offset/) as string,
    });
    expect(openApi('endsAt')).toMatchObject({ format: 'date-time', required: false });
  });
});
