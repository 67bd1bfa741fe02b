import { composeSms, SMS_MAX_LENGTH } from './compose-sms.js';
import { isGsm7, toGsm7 } from './gsm7.js';
import type { MessageView } from './message-view.js';
import { CALLBACK, LONGEST, messageView } from './message-view.fixture.js';
import { SMS_TEXTS } from './sms.texts.js';

const CASES: [string, Partial<MessageView>][] = [
  ['confirmation', { kind: 'confirmation' }],
  ['reminder', { kind: 'reminder' }],
  ['changed', { kind: 'changed', previousStartsAt: new Date('2026-12-01T13:00:00Z') }],
  ['cancelled by the citizen', { kind: 'cancelled', cancelledBy: 'citizen' }],
  [
    'cancelled by the municipality',
    { kind: 'cancelled', cancelledBy: 'municipality', cancelReason: 'Sygdom' },
  ],
];
const LANGUAGES = ['da', 'en'] as const;
const EVERY = LANGUAGES.flatMap((language) => CASES.map(([name, view]) => [language, name, view] as const));

describe('composeSms', () => {
  it.each(EVERY)('%s, %s: one GSM-7 SMS with the time and the reference', (language, _name, kind) => {
    const text = composeSms(messageView({ language, ...kind }));
    expect(text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(isGsm7(text)).toBe(true);
    expect(text).toContain('K7NP-4TXA');
    expect(text).toContain(language === 'da' ? 'tirsdag 8. december kl. 10.15' : 'Tuesday 8 December, 10:15');
  });

  it.each(EVERY)('%s, %s: still one SMS with the longest names and addresses', (language, _name, kind) => {
    const view = messageView({
      language,
      ...kind,
      ...LONGEST,
      previousStartsAt: kind.previousStartsAt && LONGEST.previousStartsAt,
    });
    const text = composeSms(view);
    expect(text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(isGsm7(text)).toBe(true);
    expect(text).toContain('K7NP-4TXA');
    expect(text).toContain(
      language === 'da' ? 'onsdag 30. september kl. 10.45' : 'Wednesday 30 September, 10:45',
    );
    // The address goes before anything else.
    expect(text).not.toContain('Søndergade');
  });

  it('says what happened, when and where in Danish', () => {
    expect(composeSms(messageView({ kind: 'reminder' }))).toBe(
      'Husk din tid tirsdag 8. december kl. 10.15, Borgerservice Ebeltoft. Ref. K7NP-4TXA. ' +
        'Kan du ikke komme, så aflys med linket eller ring +45 70 10 20 30.',
    );
  });

  it('says from when to when a visit moved', () => {
    const text = composeSms(
      messageView({ language: 'en', kind: 'changed', previousStartsAt: new Date('2026-12-01T13:00:00Z') }),
    );
    expect(text).toContain('moved from Tuesday 1 December, 14:00 to Tuesday 8 December, 10:15');
  });

  it('keeps the place and the address while there is room', () => {
    const text = composeSms(messageView({ kind: 'cancelled', cancelledBy: 'citizen' }));
    expect(text).toBe(
      'Forny kørekort: Du har aflyst din tid tirsdag 8. december kl. 10.15, Borgerservice Ebeltoft, ' +
        'Torvegade 8, 8400 Ebeltoft. Ref. K7NP-4TXA.',
    );
  });

  it('drops the address before the errand and the place', () => {
    const place = { ...messageView().place, address: 'Søndergade 123, 1. sal, baghuset, 6880 Tarm' };
    expect(composeSms(messageView({ errand: 'Pas', place }))).toBe(
      'Pas: Din tid er booket tirsdag 8. december kl. 10.15, Borgerservice Ebeltoft. Ref. K7NP-4TXA. ' +
        'Flyt/aflys med linket fra bookingen eller ring +45 70 10 20 30.',
    );
  });

  it('tells the municipality’s cancellation how to book again, without the reason', () => {
    const text = composeSms(
      messageView({ kind: 'cancelled', cancelledBy: 'municipality', cancelReason: 'Systemnedbrud' }),
    );
    expect(text).toContain('Vi har desværre måttet aflyse din tid');
    expect(text).toContain('Book en ny tid på https://book.syddjurs.dk eller ring +45 70 10 20 30.');
    expect(text).not.toContain('Systemnedbrud');
  });

  it('never holds the manage link', () => {
    const manageUrl = 'https://book.syddjurs.dk/booking?token=' + 'x'.repeat(43);
    for (const language of LANGUAGES)
      expect(composeSms(messageView({ language, manageUrl }))).not.toContain('token');
  });

  it('writes characters outside GSM-7 with their plain stand-ins', () => {
    const place = { name: 'Rønde Bibliotek – “digital” hjælp…', address: 'Torvet 1', directions: null };
    const text = composeSms(messageView({ kind: 'cancelled', cancelledBy: 'citizen', place }));
    expect(text).toContain('Rønde Bibliotek - "digital" hjælp...');
    expect(isGsm7(text)).toBe(true);
  });

  it('has texts of GSM-7 characters only', () => {
    const parts = { moment: 'x', previous: 'y', where: '' };
    const tail = { phone: '1', bookAgainUrl: 'u' };
    for (const language of LANGUAGES) {
      const t = SMS_TEXTS[language];
      for (const lead of Object.values(t.lead)) expect(isGsm7(lead(parts))).toBe(true);
      for (const end of Object.values(t.tail)) expect(isGsm7(end(tail))).toBe(true);
    }
  });
});

describe('composeSms for a callback', () => {
  it.each(EVERY)('%s, %s: one GSM-7 SMS with the time and the reference', (language, _name, kind) => {
    for (const longest of [{}, { ...LONGEST, place: CALLBACK.place }] as Partial<MessageView>[]) {
      const view = messageView({
        language,
        ...kind,
        ...CALLBACK,
        ...longest,
        previousStartsAt: kind.previousStartsAt && (longest.previousStartsAt ?? kind.previousStartsAt),
      });
      const text = composeSms(view);
      expect(text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
      expect(isGsm7(text)).toBe(true);
      expect(text).toContain('K7NP-4TXA');
      // The SMS goes to the number we call, and says nothing of where: there is nowhere to come.
      expect(text).not.toContain('12 34 56 78');
      expect(text).not.toContain('Hotline');
    }
  });

  it('says that we call, and when, in Danish and English', () => {
    expect(composeSms(messageView({ ...CALLBACK }))).toBe(
      'MitID: Vi ringer til dig tirsdag 8. december kl. 10.15. Ref. K7NP-4TXA. ' +
        'Flyt/aflys med linket fra bookingen eller ring +45 70 10 20 30.',
    );
    expect(composeSms(messageView({ ...CALLBACK, language: 'en', kind: 'reminder' }))).toContain(
      'Reminder: Citizen Service will call you on Tuesday 8 December, 10:15.',
    );
    expect(composeSms(messageView({ ...CALLBACK, kind: 'reminder' }))).toContain(
      'Passer det ikke, så aflys med linket',
    );
  });

  it('has callback texts of GSM-7 characters only', () => {
    const parts = { moment: 'x', previous: 'y', where: '' };
    const tail = { phone: '1', bookAgainUrl: 'u' };
    for (const language of LANGUAGES) {
      const t = SMS_TEXTS[language].callback;
      for (const lead of Object.values(t.lead)) expect(isGsm7(lead(parts))).toBe(true);
      for (const end of Object.values(t.tail)) expect(isGsm7(end(tail))).toBe(true);
    }
  });
});

describe('composeSms for a callback nobody answered', () => {
  // The second try: Tuesday 8 December, 10.27 in Copenhagen.
  const NO_ANSWER: Partial<MessageView> = { kind: 'no_answer', triedAt: new Date('2026-12-08T09:27:00Z') };

  it.each(LANGUAGES)('%s: one GSM-7 SMS with when we tried, even with the longest values', (language) => {
    for (const longest of [{}, { ...LONGEST, place: CALLBACK.place }] as Partial<MessageView>[]) {
      const text = composeSms(messageView({ language, ...CALLBACK, ...longest, ...NO_ANSWER }));
      expect(text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
      expect(isGsm7(text)).toBe(true);
      expect(text).toContain('K7NP-4TXA');
      expect(text).toContain(
        language === 'da' ? 'tirsdag 8. december kl. 10.27' : 'Tuesday 8 December, 10:27',
      );
      expect(text).not.toContain('12 34 56 78');
    }
  });

  it('says we could not reach them, and how to get a new call', () => {
    expect(composeSms(messageView({ ...CALLBACK, ...NO_ANSWER }))).toBe(
      'Vi kunne ikke få fat i dig, da vi ringede tirsdag 8. december kl. 10.27. Ref. K7NP-4TXA. ' +
        'Ring +45 70 10 20 30 for et nyt opkald.',
    );
    expect(composeSms(messageView({ ...CALLBACK, ...NO_ANSWER, language: 'en' }))).toContain(
      'We could not reach you when we called on Tuesday 8 December, 10:27.',
    );
  });

  it('has texts of GSM-7 characters only', () => {
    for (const language of LANGUAGES) {
      const t = SMS_TEXTS[language].callback.noAnswer;
      expect(isGsm7(t.lead('x'))).toBe(true);
      for (const tail of [
        { phone: '1', bookAgainUrl: 'u' },
        { phone: '1', bookAgainUrl: null },
        { phone: null, bookAgainUrl: 'u' },
      ])
        expect(isGsm7(t.tail(tail))).toBe(true);
    }
  });
});

describe('toGsm7', () => {
  it('keeps Danish letters and removes accents GSM-7 lacks', () => {
    expect(toGsm7('Æblevej 3, Ørbæk, Åbybro – Café Ångström á')).toBe(
      'Æblevej 3, Ørbæk, Åbybro - Café Ångström a',
    );
  });

  it('puts a question mark for what has no stand-in, and one line for line breaks', () => {
    expect(toGsm7('Plan\r\n2 ☎')).toBe('Plan 2 ?');
  });
});
