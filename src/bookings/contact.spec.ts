import { contactKeys, normalizeDanishPhone, normalizeEmail } from './contact.js';

describe('normalizeEmail', () => {
  it.each([
    ['karen@example.dk', 'karen@example.dk'],
    [' Karen@Example.DK ', 'karen@example.dk'],
    ['karen+1@example.dk', 'karen@example.dk'],
    ['KAREN+booking+2@example.dk', 'karen@example.dk'],
    ['kar.en@gmail.com', 'karen@gmail.com'],
    ['K.a.r.e.n+pas@GMail.com', 'karen@gmail.com'],
    ['kar.en@googlemail.com', 'karen@gmail.com'],
    ['karen@example.dk.', 'karen@example.dk'],
  ])('counts %s as %s', (typed, normalised) => {
    expect(normalizeEmail(typed)).toBe(normalised);
  });

  it('keeps dots where the provider does not ignore them', () => {
    expect(normalizeEmail('kar.en@example.dk')).toBe('kar.en@example.dk');
    expect(normalizeEmail('kar.en@gmail.dk')).toBe('kar.en@gmail.dk');
  });

  it('keeps a local part that starts with "+" (no tag to drop) and addresses without @', () => {
    expect(normalizeEmail('+karen@example.dk')).toBe('+karen@example.dk');
    expect(normalizeEmail('Karen')).toBe('karen');
  });

  it('tells different people apart', () => {
    expect(normalizeEmail('karen@example.dk')).not.toBe(normalizeEmail('karin@example.dk'));
    expect(normalizeEmail('karen@example.dk')).not.toBe(normalizeEmail('karen@example.com'));
  });
});

describe('normalizeDanishPhone', () => {
  it.each([
    '12345678',
    '12 34 56 78',
    '1234 5678',
    '12-34-56-78',
    '+4512345678',
    '+45 12 34 56 78',
    '+45-12-34-56-78',
    '0045 12345678',
    '004512345678',
    '(+45) 1234 5678',
    '45 12 34 56 78',
  ])('reads %s as 12345678', (typed) => {
    expect(normalizeDanishPhone(typed)).toBe('12345678');
  });

  it.each([
    ['too few digits', '12 34'],
    ['too many digits', '123456789'],
    ['letters', '+45 1234 ABCD'],
    ['another country', '+46 12 34 56 78'],
    ['another country written with 00', '0046 12345678'],
    ['only a country code', '+45'],
    ['empty', ''],
  ])('refuses %s', (_, typed) => {
    expect(normalizeDanishPhone(typed)).toBeUndefined();
  });
});

describe('contactKeys', () => {
  it('normalises what was given and leaves the rest null', () => {
    expect(contactKeys({ email: 'Kar.En+2@gmail.com', phone: '0045 20 30 40 50' })).toEqual({
      email: 'karen@gmail.com',
      phone: '20304050',
    });
    expect(contactKeys({ email: 'karen@example.dk' })).toEqual({ email: 'karen@example.dk', phone: null });
    expect(contactKeys({ phone: '+45 20304050', email: null })).toEqual({ email: null, phone: '20304050' });
    expect(contactKeys({})).toEqual({ email: null, phone: null });
  });
});
