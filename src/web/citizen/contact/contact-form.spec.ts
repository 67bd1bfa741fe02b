import {
  brokenChoice,
  checkBooking,
  type ContactInput,
  readChoice,
  readContact,
  type BookingChoice,
} from './contact-form.js';

const CHOICE: BookingChoice = {
  triage: '8c6f2d4e-5b1a-4c3e-9d7f-0a1b2c3d4e5f',
  location: 'MAIN',
  start: '2026-12-08T10:15:00+01:00',
};

const contact = (overrides: Partial<ContactInput> = {}): ContactInput => ({
  name: 'Karen Jensen',
  email: 'karen@example.dk',
  phone: '',
  sms: false,
  ...overrides,
});

describe('the contact form, by the booking API’s rules', () => {
  it('accepts a name with an e-mail, a phone number or both, trimmed as the API keeps them', async () => {
    const result = await checkBooking(
      CHOICE,
      contact({ name: ' Karen ', email: ' karen@example.dk ' }),
      'da',
    );
    expect(result).toEqual({
      ok: true,
      dto: expect.objectContaining({
        triage: CHOICE.triage,
        start: CHOICE.start,
        location: 'MAIN',
        language: 'da',
        citizen: expect.objectContaining({ name: 'Karen', email: 'karen@example.dk' }),
      }),
    });
    const phoneOnly = await checkBooking(CHOICE, contact({ email: '', phone: '+45 12 34 56 78' }), 'en');
    expect(phoneOnly.ok && phoneOnly.dto.citizen).toEqual({ name: 'Karen Jensen', phone: '+45 12 34 56 78' });
  });

  it.each([
    ['no contact at all', contact({ email: '', phone: ' ' }), [{ field: 'email', problem: 'noContact' }]],
    ['SMS without a phone number', contact({ sms: true }), [{ field: 'phone', problem: 'smsNeedsPhone' }]],
    [
      'SMS with neither a phone number nor an e-mail address',
      contact({ email: '', sms: true }),
      [
        { field: 'email', problem: 'noContact' },
        { field: 'phone', problem: 'smsNeedsPhone' },
      ],
    ],
    ['a bad e-mail address', contact({ email: 'karen@' }), [{ field: 'email', problem: 'emailInvalid' }]],
    [
      'a too long e-mail address',
      contact({ email: `${'k'.repeat(250)}@x.dk` }),
      [{ field: 'email', problem: 'emailTooLong' }],
    ],
    [
      'a foreign phone number',
      contact({ email: '', phone: '+46 70 123 45 67' }),
      [{ field: 'phone', problem: 'phoneInvalid' }],
    ],
    [
      'a too long phone number',
      contact({ phone: '1'.repeat(31) }),
      [{ field: 'phone', problem: 'phoneTooLong' }],
    ],
    ['no name', contact({ name: '   ' }), [{ field: 'name', problem: 'nameMissing' }]],
    ['a CPR number as the name', contact({ name: '0101901234' }), [{ field: 'name', problem: 'nameCpr' }]],
    [
      'a CPR number in the name',
      contact({ name: 'Karen 010190-1234' }),
      [{ field: 'name', problem: 'nameCpr' }],
    ],
    ['a too long name', contact({ name: 'K'.repeat(101) }), [{ field: 'name', problem: 'nameTooLong' }]],
    [
      'a control character in the name',
      contact({ name: 'Karen\u0007' }),
      [{ field: 'name', problem: 'nameCharacters' }],
    ],
    [
      'text-direction characters in the name',
      contact({ name: 'Karen\u202e' }),
      [{ field: 'name', problem: 'nameCharacters' }],
    ],
  ])('refuses %s, at the field', async (_, given, problems) => {
    await expect(checkBooking(CHOICE, given, 'da')).resolves.toEqual({
      ok: false,
      problems,
      brokenChoice: [],
    });
  });

  it('lists every problem once per field, in the order of the form', async () => {
    const result = await checkBooking(CHOICE, contact({ name: '', email: 'nope', phone: '123' }), 'da');
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'name', problem: 'nameMissing' },
        { field: 'email', problem: 'emailInvalid' },
        { field: 'phone', problem: 'phoneInvalid' },
      ],
      brokenChoice: [],
    });
  });

  it('needs the number to call for a callback, asked first, called a phone number', async () => {
    const missing = await checkBooking(CHOICE, contact({ email: '', sms: true }), 'da', 'callback');
    expect(missing).toEqual({
      ok: false,
      problems: [{ field: 'phone', problem: 'phoneMissing' }],
      brokenChoice: [],
    });
    const withEmail = await checkBooking(CHOICE, contact({ phone: '  ' }), 'da', 'callback');
    expect(withEmail).toMatchObject({ ok: false, problems: [{ field: 'phone', problem: 'phoneMissing' }] });
    const bad = await checkBooking(
      CHOICE,
      contact({ name: '', email: 'nope', phone: '123' }),
      'da',
      'callback',
    );
    expect(bad).toMatchObject({
      ok: false,
      problems: [
        { field: 'name', problem: 'nameMissing' },
        { field: 'phone', problem: 'callPhoneInvalid' },
        { field: 'email', problem: 'emailInvalid' },
      ],
    });
    const fine = await checkBooking(CHOICE, contact({ email: '', phone: '12 34 56 78' }), 'da', 'callback');
    expect(fine).toMatchObject({ ok: true, dto: { citizen: { phone: '12 34 56 78' } } });
  });

  it('tells a broken choice (triage, place, time) apart from the citizen’s fields', async () => {
    await expect(brokenChoice(CHOICE, 'da')).resolves.toEqual([]);
    await expect(brokenChoice({ ...CHOICE, triage: 'x', start: '8. december' }, 'da')).resolves.toEqual([
      'triage',
      'start',
    ]);
    await expect(brokenChoice({ ...CHOICE, location: '' }, 'da')).resolves.toEqual(['location']);
    const result = await checkBooking({ ...CHOICE, start: '2026-12-08T10:15' }, contact(), 'da');
    expect(result).toEqual({ ok: false, problems: [], brokenChoice: ['start'] });
  });

  it('passes a ticked SMS box with a phone number on as citizen.sms', async () => {
    const result = await checkBooking(CHOICE, contact({ phone: '12 34 56 78', sms: true }), 'da');
    expect(result.ok && result.dto.citizen).toEqual({
      name: 'Karen Jensen',
      email: 'karen@example.dk',
      phone: '12 34 56 78',
      sms: true,
    });
    // Unticked, the booking says nothing about SMS (the API's default: no SMS).
    const unticked = await checkBooking(CHOICE, contact({ phone: '12 34 56 78' }), 'da');
    expect(unticked.ok && unticked.dto.citizen.sms).toBeUndefined();
  });

  it('reads the SMS box as ticked only with its own value', () => {
    expect(readContact({ sms: 'ja' }).sms).toBe(true);
    expect(readContact({ sms: 'on' }).sms).toBe(false);
    expect(readContact({}).sms).toBe(false);
  });

  it('reads only single strings from a form', () => {
    expect(readContact({ name: ['a', 'b'], email: 'e', phone: 7, sms: ['ja', 'ja'] })).toEqual({
      name: '',
      email: 'e',
      phone: '',
      sms: false,
    });
    expect(readContact(undefined)).toEqual({ name: '', email: '', phone: '', sms: false });
    expect(readChoice(CHOICE.triage, { sted: 'MAIN', tid: CHOICE.start, name: 'x' })).toEqual(CHOICE);
  });
});
