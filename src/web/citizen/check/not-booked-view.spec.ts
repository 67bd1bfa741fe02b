import { toNotBookedView } from './not-booked-view.js';

const CHOICE = { triage: 'T1', location: 'MAIN', start: '2026-12-08T10:15:00+01:00' };
const problem = (code: string, details?: Record<string, unknown>) => ({
  statusCode: 409,
  code,
  message: `message of ${code}`,
  ...(details && { details }),
});

describe('a refused booking, as the page tells it', () => {
  it.each(['SLOT_TAKEN', 'SLOT_NOT_OFFERED'])('%s: back to the time picker of the same place', (code) => {
    expect(toNotBookedView(problem(code), CHOICE, 'da')).toMatchObject({
      message: 'Tiden er ikke ledig længere',
      link: { text: 'Vælg en anden tid', href: '/book/T1/tid?sted=MAIN' },
    });
  });

  it('TOO_MANY_BOOKINGS: says the limit and what to do about it', () => {
    expect(toNotBookedView(problem('TOO_MANY_BOOKINGS', { limit: 2 }), CHOICE, 'en')).toMatchObject({
      message: expect.stringContaining('already 2 upcoming appointments') as string,
      advice: 'Change or cancel one of them with the link in its receipt, or call us.',
      link: { href: '/' },
    });
  });

  it('TRIAGE_ALREADY_BOOKED and TRIAGE_EXPIRED: what happened, and a new start', () => {
    expect(toNotBookedView(problem('TRIAGE_ALREADY_BOOKED'), CHOICE, 'da')).toMatchObject({
      message: 'Der er allerede booket en tid til dette ærinde',
      advice: 'Brug linket i kvitteringen for at se, flytte eller aflyse tiden.',
      link: { text: 'Start forfra', href: '/' },
    });
    expect(toNotBookedView(problem('TRIAGE_EXPIRED'), CHOICE, 'da').message).toBe(
      'Dine svar er for gamle til at booke med',
    );
  });

  it('any other refusal: the error’s own message and a way back to the start', () => {
    expect(toNotBookedView(problem('IDEMPOTENCY_KEY_REUSED'), CHOICE, 'da')).toMatchObject({
      message: 'message of IDEMPOTENCY_KEY_REUSED',
      link: { href: '/' },
    });
  });
});
