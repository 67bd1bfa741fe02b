import { contactErrors, timePickerPath, toContactView } from './contact-view.js';

const CHOICE = { triage: 'T1', location: 'MAIN', start: '2026-12-08T10:15:00+01:00' };
const PLACE = {
  code: 'MAIN',
  name: 'Borgerservice Ebeltoft',
  address: 'Torvegade 8',
  timeZone: 'Europe/Copenhagen',
};
const NOW = new Date('2026-11-25T08:00:00Z');
const EMPTY = { name: '', email: '', phone: '', sms: false };

describe('the contact page', () => {
  it('shows the chosen time as Danes read it, and posts to itself with the choice kept', () => {
    const view = toContactView({
      choice: CHOICE,
      place: PLACE,
      contact: EMPTY,
      problems: [],
      language: 'da',
      now: NOW,
    });
    expect(view.chosen).toBe('tirsdag 8. december kl. 10.15 – Borgerservice Ebeltoft');
    expect(view.action).toBe('/book/T1/kontakt');
    expect(view.choice).toEqual(CHOICE);
    expect(view.fieldErrors).toEqual({});
    const english = toContactView({
      choice: CHOICE,
      place: PLACE,
      contact: EMPTY,
      problems: [],
      language: 'en',
      now: NOW,
    });
    expect(english.chosen).toBe('Tuesday 8 December, 10:15 – Borgerservice Ebeltoft');
  });

  it('puts "give one of them" above the pair of fields, and the other problems at their field', () => {
    const view = toContactView({
      choice: CHOICE,
      place: PLACE,
      contact: EMPTY,
      problems: [
        { field: 'name', problem: 'nameMissing' },
        { field: 'email', problem: 'noContact' },
      ],
      language: 'da',
      now: NOW,
    });
    expect(view.fieldErrors).toEqual({
      name: 'Skriv dit navn',
      contact: 'Skriv din e-mail eller dit mobilnummer',
    });
  });

  it('gives the error summary one entry per problem, linking to the field, in the page’s language', () => {
    expect(
      contactErrors(
        [
          { field: 'name', problem: 'nameCpr' },
          { field: 'phone', problem: 'phoneInvalid' },
        ],
        'en',
      ),
    ).toEqual([
      { field: 'name', message: 'Enter only your name. You do not need to give your CPR number' },
      { field: 'phone', message: 'Enter a Danish mobile number with 8 digits, for example 12 34 56 78' },
    ]);
  });

  it('asks for the number at the phone field when SMS is ticked without one, and keeps the box ticked', () => {
    const view = toContactView({
      choice: CHOICE,
      place: PLACE,
      contact: { ...EMPTY, name: 'Karen', email: 'karen@example.dk', sms: true },
      problems: [{ field: 'phone', problem: 'smsNeedsPhone' }],
      language: 'da',
      now: NOW,
    });
    expect(view.fieldErrors).toEqual({ phone: 'Skriv dit mobilnummer, hvis du vil have besked på sms' });
    expect(view.input.sms).toBe(true);
    expect(view.smsValue).toBe('ja');
    expect(contactErrors([{ field: 'phone', problem: 'smsNeedsPhone' }], 'en')).toEqual([
      { field: 'phone', message: 'Enter your mobile number if you want text messages' },
    ]);
  });

  it('goes back to the time picker on the chosen local day', () => {
    expect(timePickerPath(CHOICE, 'Europe/Copenhagen')).toBe('/book/T1/tid?sted=MAIN&dag=2026-12-08');
    // 00:30 local is the previous day in UTC: the day is the place's.
    const late = { ...CHOICE, start: '2026-12-08T23:30:00Z' };
    expect(timePickerPath(late, 'Europe/Copenhagen')).toBe('/book/T1/tid?sted=MAIN&dag=2026-12-09');
  });
});
