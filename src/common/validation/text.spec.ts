import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsEmailAddress, IsText, PersonName, TrimmedText } from './text.js';

class Citizen {
  @TrimmedText({ min: 1, max: 10, example: 'Karen', description: 'To call them by.' })
  name: string;

  @TrimmedText({ min: 0, max: 5, optional: true })
  note?: string;

  @TrimmedText({ min: 0, max: 100, optional: true })
  reason?: string;

  @IsText({ min: 2, max: 4, optional: true })
  code?: string;

  @IsText({ min: 1, max: 40, optional: true })
  title?: string;

  @IsText({ min: 1, max: 40, optional: true, secret: true })
  password?: string;

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
const openApiOf = (type: new () => object, key: string): Record<string, unknown> =>
  Reflect.getMetadata('swagger/apiModelProperties', type.prototype, key);
const openApi = (key: string) => openApiOf(Citizen, key);

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

  it('refuses a CPR number, with or without dash or space', () => {
    for (const reason of ['010190-1234', 'ring 0101901234', ' 010190 1234 '])
      expect(check({ name: 'Karen', reason }).problems).toEqual({
        reason: ['reason must not contain a CPR number'],
      });
    expect(check({ name: 'Karen', reason: 'ring 12345678 efter 2026-12-01' }).problems).toEqual({});
  });

  it('documents type, bounds, example and description', () => {
    expect(openApi('name')).toMatchObject({
      type: String,
      minLength: 1,
      maxLength: 10,
      example: 'Karen',
      description: 'To call them by. Must not contain a CPR number.',
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

  it('refuses a CPR number, unless the text is a secret', () => {
    expect(check({ name: 'Karen', code: ' ab ', title: 'Mødt 0101901234' }).problems).toEqual({
      title: ['title must not contain a CPR number'],
    });
    expect(check({ name: 'Karen', password: 'x010190-1234' }).problems).toEqual({});
  });

  it('documents its bounds, and the CPR rule except for secrets', () => {
    expect(openApi('code')).toMatchObject({ type: String, minLength: 2, maxLength: 4, required: false });
    expect(openApi('title')).toMatchObject({ description: 'Must not contain a CPR number.' });
    expect(openApi('password')).not.toHaveProperty('description');
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

class Visitor {
  @PersonName({ min: 1, max: 40, description: 'To call them by.' })
  name: string;

  @PersonName({ min: 0, max: 20, optional: true })
  nickname?: string;
}

function visitor(plain: object) {
  const instance = plainToInstance(Visitor, plain);
  const problems = Object.fromEntries(
    validateSync(instance).map((e) => [e.property, Object.values(e.constraints ?? {})]),
  );
  return { instance, problems };
}

describe('PersonName', () => {
  it('NFC-normalises and trims: a decomposed é becomes one character', () => {
    const { instance, problems } = visitor({ name: '  Rene\u0301 Ørsted ' });
    expect(problems).toEqual({});
    expect(instance.name).toBe('Ren\u00e9 Ørsted');
    expect(instance.name).toHaveLength(11);
  });

  it.each(['Karen Jensen', 'Søren Østergård-Åberg', 'José María', 'محمد', 'Zoë\u200dAnn', '李小龙'])(
    'accepts %j',
    (name) => expect(visitor({ name }).problems).toEqual({}),
  );

  it.each([
    ['Karen\nJensen', 'name must not contain control characters'],
    ['Karen\tJensen', 'name must not contain control characters'],
    ['Karen\u0000', 'name must not contain control characters'],
    ['Karen\u0085', 'name must not contain control characters'],
    ['\u202eneseJ neraK', 'name must not contain characters that change the text direction'],
    ['Karen \u2066Jensen\u2069', 'name must not contain characters that change the text direction'],
    ['Karen \u202aJensen', 'name must not contain characters that change the text direction'],
    ['\u200b', 'name must contain visible characters'],
    ['\u200b\u200c\u200d \u2060', 'name must contain visible characters'],
    ['Karen 010190-1234', 'name must not contain a CPR number'],
  ])('refuses %j: %s', (name, problem) => expect(visitor({ name }).problems).toEqual({ name: [problem] }));

  it('leaves emptiness to min: blank is too short, or allowed with min 0', () => {
    expect(visitor({ name: '   ' }).problems).toEqual({
      name: ['name must be longer than or equal to 1 characters'],
    });
    expect(visitor({ name: 'Karen', nickname: '' }).problems).toEqual({});
    expect(visitor({ name: 'Karen', nickname: '\u200b' }).problems).toEqual({
      nickname: ['nickname must contain visible characters'],
    });
  });

  it('documents what a name may hold', () => {
    expect(openApiOf(Visitor, 'name')).toMatchObject({
      type: String,
      minLength: 1,
      maxLength: 40,
      description: expect.stringMatching(
        /^To call them by\. A name: no control .*no CPR number\.$/,
      ) as string,
    });
  });
});
