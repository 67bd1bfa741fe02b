import { check } from './field.js';

/**
 * Six digits DDMMYY, optionally one dash or space, four digits, as a number of its own (no digit
 * directly before or after): 010190-1234, 0101901234, 010190 1234. Dashes include the typographic
 * ones a word processor substitutes.
 */
const CPR_SHAPE = /(?<!\d)(\d{2})(\d{2})(\d{2})[-\u2010-\u2014\s\u00a0]?(\d)\d{3}(?!\d)/gu;
/** Invisible characters someone could put between the digits to slip a number past the check. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The birth year a CPR number stands for: its 7th digit fixes the century (CPR-kontoret's rule,
 * https://cpr.dk). Only used to tell 29 February apart in leap and other years.
 */
function birthYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function isPlausibleDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  return month !== 2 || day !== 29 || isLeap(year);
}

/**
 * True when the text holds a Danish CPR number: DDMMYY-XXXX (dash, space or nothing in between)
 * whose first six digits are a real date. The modulus-11 check is deliberately not applied: numbers
 * issued since 2007 need not pass it. Full-width digits and invisible characters between the digits
 * are seen through. Phone numbers (8 digits), ISO dates, references and amounts do not match.
 */
export function containsCpr(text: string): boolean {
  const plain = text.normalize('NFKC').replace(INVISIBLE, '');
  for (const match of plain.matchAll(CPR_SHAPE)) {
    const [, dd, mm, yy, seventh] = match;
    if (isPlausibleDate(Number(dd), Number(mm), birthYear(Number(yy), Number(seventh)))) return true;
  }
  return false;
}

/**
 * Refuses free text holding a CPR number: nobody needs one to book or describe a visit, and once
 * stored it would spread to logs, lists and calendars. Applied by TrimmedText and IsText.
 */
export function NoCpr(): PropertyDecorator {
  return check(
    'noCpr',
    (value) => typeof value !== 'string' || !containsCpr(value),
    (property) => `${property} must not contain a CPR number`,
  );
}
