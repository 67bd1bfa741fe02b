import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsEmailAddress, IsText, TrimmedText } from './text.js';

class Citizen {
  @TrimmedText({ min: 1, max: 10, example: 'Karen', description: 'To call them by.' })
  name: string;

  @TrimmedText({ min: 0, max: 5, optional: true })
  note?: string;

  @IsText({ min: 2, max: 4, optional: true })
  code?: string;

  @IsEmailAddress({ optional: true, normalize: true, maxLength: 30 })
  email?: string;
}

function check(plain: object) {
  const instance = plainToInstance(Citizen, plain);
  const problems = Object.fromEntries(
    validateSync(instance).map((e) => [e.property, Object.values(e.constraints ?? {})]),
  );
  return { instance, problems };
}
const openApi = (key: string): Record<string, unknown> =>
  Reflect.getMetadata('swagger/apiModelProperties', Citizen.prototype, key);

describe('TrimmedText', () => {
  it('trims before checking the length', () => {
    const { instance, problems } = check({ name: '  Karen Jensen ' });
    expect(problems).toEqual({ name: ['name must be shorter than or equal to 10 characters'] });
    expect(check({ name: '  Karen  ' }).instance.name).toBe('Karen');
    expect(instance.name).toBe('Karen Jensen');
  });

  it('refuses what is empty after trimming, unless min is 0', () => {
    expect(check({ name: '   ' }).problems).toEqual({
      name: ['name must be longer than or equal to 1 characters'],
    });
    expect(check({ name: 'Karen', note: '   ' }).problems).toEqual({});
    expect(check({ name: 'Karen', note: 'too long' }).problems).toEqual({
      note: ['note must be shorter than or equal to 5 characters'],
    });
  });

  it('refuses what is not a string', () => {
    expect(check({ name: 42 }).problems.name).toContain('name must be a string');
    expect(check({}).problems.name).toContain('name must be a string');
  });

  it('documents type, bounds, example and description', () => {
    expect(openApi('name')).toMatchObject({
      type: String,
      minLength: 1,
      maxLength: 10,
      example: 'Karen',
      description: 'To call them by.',
    });
    expect(openApi('note')).toMatchObject({ maxLength: 5, required: false });
    expect(openApi('note')).not.toHaveProperty('minLength');
  });
});

describe('IsText', () => {
  it('keeps the text as sent and checks its length', () => {
    expect(check({ name: 'Karen', code: ' ab ' }).problems).toEqual({});
    expect(check({ name: 'Karen', code: ' ab ' }).instance.code).toBe(' ab ');
    expect(check({ name: 'Karen', code: 'a' }).problems).toHaveProperty('code');
  });

  it('documents its bounds', () => {
    expect(openApi('code')).toMatchObject({ type: String, minLength: 2, maxLength: 4, required: false });
  });
});

describe('IsEmailAddress', () => {
  it('normalizes, then checks the address and its length', () => {
    expect(check({ name: 'Karen', email: ' Karen@Example.DK ' }).instance.email).toBe('karen@example.dk');
    expect(check({ name: 'Karen', email: 'karen' }).problems).toEqual({ email: ['email must be an email'] });
    expect(check({ name: 'Karen', email: `${'k'.repeat(30)}@example.dk` }).problems).toHaveProperty('email');
  });

  it('documents format email', () => {
    expect(openApi('email')).toMatchObject({ type: String, format: 'email', maxLength: 30, required: false });
  });
});
