import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { containsCpr, NoCpr } from './cpr.js';

describe('containsCpr', () => {
  it.each([
    '010190-1234',
    '0101901234',
    '010190 1234',
    '010190\u00a01234',
    '010190–1234',
    'Mit CPR-nummer er 311299-1234, kan I ringe?',
    'Karen 1501801234',
    'cpr:010190-1234.',
    '311299-4321\nnæste linje',
    // 29 February of a leap year: 7th digit 4 and year 00 is 2000.
    '290200-4321',
    // Seen through: full-width digits, a zero-width space, a soft hyphen.
    '０１０１９０-１２３４',
    '010190\u200b-1234',
    '0101\u00ad90-1234',
  ])('finds one in %j', (text) => expect(containsCpr(text)).toBe(true));

  it.each([
    // Phone numbers, with and without spaces or a country code.
    '12345678',
    '+45 12 34 56 78',
    '+4512345678',
    '004512345678',
    // Dates, times, references, amounts, addresses.
    '2026-12-01',
    '2026-12-01T10:00:00+01:00',
    'kl. 10:00-12:00',
    'K7NP-A4TX',
    'K7NPA4TX',
    '1.786 kr.',
    '1786,00 kr.',
    'Hovedgaden 1, 8410 Rønde',
    'ordre 123456',
    // The shape, but no date: day 32, month 13, day 00, 31 April, 30 February, 29 February 2001.
    '320190-1234',
    '011390-1234',
    '000190-1234',
    '310490-1234',
    '300290-1234',
    '290201-4321',
    // Digits run on: not a number of its own.
    '01019012345',
    '90101901234',
    '010190-12345',
    '010190--1234',
    '',
    'Karen Jensen',
  ])('finds none in %j', (text) => expect(containsCpr(text)).toBe(false));
});

class Note {
  @NoCpr()
  text: unknown;
}

const problems = (text: unknown) =>
  validateSync(plainToInstance(Note, { text })).flatMap((e) => Object.values(e.constraints ?? {}));

describe('NoCpr', () => {
  it('refuses a text with a CPR number, naming the field', () => {
    expect(problems('ring på 010190-1234')).toEqual(['text must not contain a CPR number']);
  });

  it('passes other texts, and leaves non-strings to the type check', () => {
    expect(problems('ring på 12345678')).toEqual([]);
    expect(problems(1234)).toEqual([]);
  });
});
