import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsCode, IsLocationRef } from './codes.js';

class Strict {
  @IsCode({ description: 'The errand.' })
  errand: string;
}

class AnyCase {
  @IsCode({ anyCase: true })
  errand: string;
}

class TypedIn {
  @IsCode({ anyCase: true, trim: true, example: 'RONDE' })
  code: string;
}

class Many {
  @IsCode({ each: true, maxItems: 3, optional: true, description: 'Errands it handles.' })
  errands?: string[];
}

class Where {
  @IsLocationRef({ optional: true, description: 'Omitted = every location.' })
  location?: string;
}

function check<T extends object>(type: new () => T, plain: object) {
  const instance = plainToInstance(type, plain);
  const problems = Object.fromEntries(
    validateSync(instance).map((e) => [e.property, Object.values(e.constraints ?? {})]),
  );
  return { instance, problems };
}
const openApi = (type: new () => object, key: string): Record<string, unknown> =>
  Reflect.getMetadata('swagger/apiModelProperties', type.prototype, key);

describe('IsCode', () => {
  it.each(['FLYT', 'PAS_VOKSEN', 'KK_2', `A${'B'.repeat(39)}`])('accepts %s', (errand) =>
    expect(check(Strict, { errand }).problems).toEqual({}),
  );

  it.each(['flyt', 'F', '_FLYT', '2FLYT', 'PAS-VOKSEN', ' FLYT', `A${'B'.repeat(40)}`, 42])(
    'refuses %s',
    (errand) =>
      expect(check(Strict, { errand }).problems).toEqual({
        errand: ['errand must be a code in UPPER_SNAKE_CASE such as FLYT'],
      }),
  );

  it('with anyCase accepts exactly what ^[A-Za-z][A-Za-z0-9_]{1,39}$ accepts, upper-cased', () => {
    for (const errand of ['flyt', 'Pas_Voksen', 'FLYT', 'kk_2']) {
      const { instance, problems } = check(AnyCase, { errand });
      expect(problems).toEqual({});
      expect(instance.errand).toBe(errand.toUpperCase());
    }
    for (const errand of ['straße', 'ıd', ' flyt', 'f', '_x', 'pas-voksen', 42]) {
      expect(check(AnyCase, { errand }).problems).toEqual({
        errand: ['errand must be a code such as FLYT: letters, digits and _, in any case'],
      });
    }
  });

  it('with trim also removes surrounding spaces', () => {
    expect(check(TypedIn, { code: '  ronde ' }).instance.code).toBe('RONDE');
    expect(check(TypedIn, { code: '  ronde ' }).problems).toEqual({});
  });

  it('with each checks every element and the array itself', () => {
    expect(check(Many, {}).problems).toEqual({});
    expect(check(Many, { errands: ['FLYT', 'PAS_VOKSEN'] }).problems).toEqual({});
    expect(check(Many, { errands: ['FLYT', 'flyt'] }).problems).toEqual({
      errands: ['each value in errands must be a code in UPPER_SNAKE_CASE such as FLYT'],
    });
    expect(check(Many, { errands: 'FLYT' }).problems.errands).toContain('errands must be an array');
    expect(check(Many, { errands: ['A1', 'B1', 'C1', 'D1'] }).problems.errands).toEqual([
      'errands must contain no more than 3 elements',
    ]);
  });

  it('documents the pattern, example and description', () => {
    expect(openApi(Strict, 'errand')).toMatchObject({
      type: String,
      pattern: '^[A-Z][A-Z0-9_]{1,39}$',
      example: 'FLYT',
      description: 'The errand. A code in UPPER_SNAKE_CASE such as FLYT.',
    });
    expect(openApi(AnyCase, 'errand')).toMatchObject({ pattern: '^[A-Za-z][A-Za-z0-9_]{1,39}$' });
    expect(openApi(TypedIn, 'code')).toMatchObject({ example: 'RONDE' });
    expect(openApi(Many, 'errands')).toMatchObject({
      type: String,
      isArray: true,
      maxItems: 3,
      required: false,
      description: expect.stringMatching(/^Errands it handles\./) as string,
    });
  });
});

describe('IsLocationRef', () => {
  it('accepts a code or an id of 1–64 characters, or nothing when optional', () => {
    expect(check(Where, {}).problems).toEqual({});
    expect(check(Where, { location: 'MAIN' }).problems).toEqual({});
    expect(check(Where, { location: '0b6c6b3e-0f0e-4a47-9a59-4e3f2f0f7a11' }).problems).toEqual({});
  });

  it.each(['', 'x'.repeat(65), 7])('refuses %s', (location) =>
    expect(check(Where, { location }).problems).toHaveProperty('location'),
  );

  it('documents its bounds and what it may be', () => {
    expect(openApi(Where, 'location')).toMatchObject({
      type: String,
      minLength: 1,
      maxLength: 64,
      example: 'MAIN',
      required: false,
      description: 'Omitted = every location. A location code (e.g. MAIN) or id.',
    });
  });
});
