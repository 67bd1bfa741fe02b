import { composeEmail } from './compose-email.js';
import type { MessageView } from './message-view.js';
import { CALLBACK, messageView } from './message-view.fixture.js';
import { momentForMessage } from './message-time.js';

const MOVED = { kind: 'changed', previousStartsAt: new Date('2026-12-01T13:00:00Z') } as const;
const BY_CITIZEN = { kind: 'cancelled', cancelledBy: 'citizen' } as const;
const BY_MUNICIPALITY = {
  kind: 'cancelled',
  cancelledBy: 'municipality',
  cancelReason: 'Vi har desværre sygdom i afdelingen',
} as const;
const MANAGE = 'https://book.syddjurs.dk/booking?token=abc_DEF-123';

describe('composeEmail', () => {
  it.each<[string, Partial<MessageView>, string, string]>([
    [
      'da',
      {},
      'Din tid er booket: tirsdag 8. december kl. 10.15',
      'Du har booket en tid hos Borgerservice i Syddjurs Kommune.',
    ],
    [
      'da',
      { kind: 'reminder' },
      'Påmindelse om din tid tirsdag 8. december kl. 10.15',
      'Vi minder dig om din tid',
    ],
    [
      'da',
      MOVED,
      'Din tid er flyttet til tirsdag 8. december kl. 10.15',
      'Din tid er flyttet fra tirsdag 1. december kl. 14.00 til tirsdag 8. december kl. 10.15.',
    ],
    ['da', BY_CITIZEN, 'Du har aflyst din tid tirsdag 8. december kl. 10.15', 'Du skal ikke gøre mere.'],
    [
      'da',
      BY_MUNICIPALITY,
      'Vi har måttet aflyse din tid tirsdag 8. december kl. 10.15',
      'Årsag: Vi har desværre sygdom i afdelingen',
    ],
    [
      'en',
      {},
      'Your appointment is booked: Tuesday 8 December, 10:15',
      'Citizen Services in Syddjurs Kommune',
    ],
    [
      'en',
      { kind: 'reminder' },
      'Reminder of your appointment on Tuesday 8 December, 10:15',
      'This is a reminder',
    ],
    [
      'en',
      MOVED,
      'Your appointment has moved to Tuesday 8 December, 10:15',
      'from Tuesday 1 December, 14:00 to Tuesday 8 December, 10:15.',
    ],
    [
      'en',
      BY_CITIZEN,
      'You have cancelled your appointment on Tuesday 8 December, 10:15',
      'You do not need to do anything else.',
    ],
    [
      'en',
      BY_MUNICIPALITY,
      'We have had to cancel your appointment on Tuesday 8 December, 10:15',
      'Reason: Vi har desværre sygdom',
    ],
  ])('%s %p: subject and text say what happened', (language, kind, subject, says) => {
    const email = composeEmail(messageView({ language: language as MessageView['language'], ...kind }));
    expect(email.subject).toBe(subject);
    expect(email.text).toContain(says);
    expect(email.html).toContain(`<html lang="${language}">`);
    expect(email.text).toContain('K7NP-4TXA');
    expect(email.html).toContain('K7NP-4TXA');
  });

  it('lists time, place, address and reference in a table with row headers', () => {
    const { html, text } = composeEmail(messageView());
    expect(html).toMatch(/<h1[^>]*>Din tid er booket<\/h1>/);
    for (const [label, value] of [
      ['Tid', 'tirsdag 8. december kl. 10.15'],
      ['Sted', 'Borgerservice Ebeltoft'],
      ['Adresse', 'Torvegade 8, 8400 Ebeltoft'],
      ['Referencenummer', 'K7NP-4TXA'],
    ]) {
      expect(html).toMatch(new RegExp(`<th scope="row"[^>]*>${label}</th><td[^>]*>${value}</td>`));
      expect(text).toContain(`${label}: ${value}`);
    }
  });

  it('says what to bring and the fee before the visit, not after a cancellation', () => {
    const before = composeEmail(messageView({ kind: 'reminder' }));
    expect(before.text).toContain('Husk at medbringe:\n- Dit gamle kørekort\n- Et nyt foto');
    expect(before.html).toContain('<ul><li>Dit gamle kørekort</li><li>Et nyt foto</li></ul>');
    expect(before.text).toContain('Gebyr: 280 kr.');
    const after = composeEmail(messageView(BY_CITIZEN));
    expect(after.text).not.toContain('medbringe');
    expect(after.text).not.toContain('Gebyr');
  });

  it('leaves out what to bring and the fee when there is none', () => {
    const { text, html } = composeEmail(messageView({ bring: [], fee: null }));
    expect(text).not.toContain('medbringe');
    expect(html).not.toContain('<ul>');
    expect(text).not.toContain('Gebyr');
  });

  it('gives the manage link when the message has one', () => {
    const { text, html } = composeEmail(messageView({ manageUrl: MANAGE }));
    expect(text).toContain(`Vil du flytte eller aflyse tiden, så brug dette link:\n${MANAGE}`);
    expect(html).toContain(`<a href="${MANAGE}">Se, flyt eller aflys din tid</a>`);
  });

  it('points to the confirmation’s link or the phone without one', () => {
    const reminder = composeEmail(messageView({ kind: 'reminder', language: 'en' }));
    expect(reminder.text).toContain(
      'use the link in your confirmation e-mail, or call us on +45 70 10 20 30.',
    );
    expect(reminder.html).not.toContain('<a ');
    const confirmation = composeEmail(messageView());
    expect(confirmation.text).toContain('så ring til os på +45 70 10 20 30.');
  });

  it('tells a citizen whose visit the municipality cancelled how to book again', () => {
    const da = composeEmail(messageView(BY_MUNICIPALITY));
    expect(da.html).toContain('<a href="https://book.syddjurs.dk/">Book en ny tid</a>');
    expect(da.text).toContain('Du kan også ringe til os på +45 70 10 20 30.');
    const en = composeEmail(messageView({ ...BY_MUNICIPALITY, language: 'en' }));
    expect(en.html).toContain('<a href="https://book.syddjurs.dk/?lang=en">Book a new appointment</a>');
  });

  it('escapes the municipality’s reason and every other value in the HTML', () => {
    const view = messageView({
      ...BY_MUNICIPALITY,
      cancelReason: '<script>alert("x")</script> & mere',
      place: { name: 'Sal <b>A</b>', address: 'Vej "1"', directions: null },
      errand: "Pas & ID's",
    });
    const { html, text } = composeEmail(view);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>A</b>');
    expect(html).toContain('Årsag: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mere');
    expect(html).toContain('Sal &lt;b&gt;A&lt;/b&gt;');
    expect(html).toContain('Vej &quot;1&quot;');
    expect(html).toContain('Pas &amp; ID&#39;s');
    // The plain text is not HTML: it keeps the reason as written.
    expect(text).toContain('Årsag: <script>alert("x")</script> & mere');
  });

  it('escapes a manage link in its attribute', () => {
    const { html } = composeEmail(messageView({ manageUrl: 'https://x.dk/?a=1&b="2"' }));
    expect(html).toContain('href="https://x.dk/?a=1&amp;b=&quot;2&quot;"');
  });

  it('never shows a citizen’s own reason for cancelling', () => {
    // The view never carries it, but a composer must not rely on a caller for that.
    const { text } = composeEmail(messageView({ ...BY_CITIZEN, cancelReason: 'Privat grund' }));
    expect(text).not.toContain('Privat grund');
  });

  it('shows directions before the visit only', () => {
    const place = { name: 'Rådhuset', address: 'Torvet 1', directions: 'Indgang fra gården' };
    expect(composeEmail(messageView({ place })).text).toContain('Sådan finder du os: Indgang fra gården');
    expect(composeEmail(messageView({ ...BY_CITIZEN, place })).text).not.toContain('gården');
  });

  it('reads a cancellation with no canceller as the municipality’s', () => {
    expect(composeEmail(messageView({ kind: 'cancelled' })).subject).toMatch(/^Vi har måttet aflyse/);
  });
});

describe('momentForMessage', () => {
  it.each([
    ['2026-12-08T09:15:00Z', 'da', 'tirsdag 8. december kl. 10.15'],
    ['2026-12-08T09:15:00Z', 'en', 'Tuesday 8 December, 10:15'],
    // Summer time, and the day after the clocks went back (Sunday 25 October 2026).
    ['2026-07-01T08:00:00Z', 'da', 'onsdag 1. juli kl. 10.00'],
    ['2026-10-26T08:00:00Z', 'da', 'mandag 26. oktober kl. 09.00'],
    // Late evening UTC is the next day in Copenhagen.
    ['2026-12-31T23:30:00Z', 'en', 'Friday 1 January, 00:30'],
  ] as const)('%s in %s reads %p', (instant, language, expected) => {
    expect(momentForMessage(new Date(instant), 'Europe/Copenhagen', language)).toBe(expected);
  });
});

describe('composeEmail for a callback', () => {
  it.each<[string, Partial<MessageView>, string, string]>([
    ['da', {}, 'Vi ringer til dig tirsdag 8. december kl. 10.15', 'Vi ringer til dig på +45 12 34 56 78'],
    ['da', { kind: 'reminder' }, 'Påmindelse: Vi ringer til dig', 'ringer til dig på +45 12 34 56 78'],
    ['da', MOVED, 'Vi ringer til dig på et nyt tidspunkt', 'i stedet for tirsdag 1. december kl. 14.00'],
    ['da', BY_CITIZEN, 'Du har aflyst opkaldet tirsdag 8. december kl. 10.15', 'Du skal ikke gøre mere.'],
    ['da', BY_MUNICIPALITY, 'Vi har måttet aflyse opkaldet', 'Årsag: Vi har desværre sygdom i afdelingen'],
    ['en', {}, 'We will call you on Tuesday 8 December, 10:15', 'We will call you on +45 12 34 56 78'],
    ['en', { kind: 'reminder' }, 'Reminder: we will call you', 'will call you on +45 12 34 56 78'],
    ['en', MOVED, 'We will call you at a new time', 'instead of Tuesday 1 December, 14:00'],
    ['en', BY_CITIZEN, 'You have cancelled the call', 'You do not need to do anything else.'],
    ['en', BY_MUNICIPALITY, 'We have had to cancel the call', 'Reason: Vi har desværre sygdom'],
  ])('%s %j: “we call you”, no place and nothing to bring', (language, kind, subject, says) => {
    const email = composeEmail(messageView({ language: language as 'da' | 'en', ...kind, ...CALLBACK }));
    expect(email.subject).toContain(subject);
    expect(email.text).toContain(says);
    expect(email.html).toContain(says.replace('å', 'å'));
    for (const part of [email.text, email.html]) {
      expect(part).not.toContain('Borgerservice Hotline');
      expect(part).not.toContain('Telefon 87 53 50 00');
      expect(part).not.toMatch(/Husk at medbringe|Remember to bring|Adresse|Address/);
    }
  });

  it('gives the number we call in its own row, in the time’s table', () => {
    const { text } = composeEmail(messageView({ ...CALLBACK }));
    expect(text).toContain('Vi ringer til: +45 12 34 56 78');
    expect(text).toContain('Hav gerne din computer eller telefon klar');
  });
});

describe('composeEmail for a callback nobody answered', () => {
  const NO_ANSWER: Partial<MessageView> = {
    ...CALLBACK,
    kind: 'no_answer',
    triedAt: new Date('2026-12-08T09:27:00Z'),
    errandCode: 'MITID_NY',
  };

  it('says we could not reach them, when we tried, and links to booking a new call', () => {
    const email = composeEmail(messageView(NO_ANSWER));
    expect(email.subject).toBe('Vi kunne ikke få fat i dig');
    expect(email.text).toContain('Vi har ringet til dig på +45 12 34 56 78 to gange');
    expect(email.text).toContain('Sidste forsøg: tirsdag 8. december kl. 10.27');
    expect(email.text).toContain('Tid: tirsdag 8. december kl. 10.15');
    expect(email.text).toContain('https://book.syddjurs.dk/aerinder/MITID_NY');
    expect(email.text).toContain('Du kan også ringe til os på +45 70 10 20 30.');
    expect(email.html).toContain(
      '<a href="https://book.syddjurs.dk/aerinder/MITID_NY">Bestil et nyt opkald</a>',
    );
    expect(email.html).toContain('<h1 style="font-size: 24px;">Vi kunne ikke få fat i dig</h1>');
  });

  it('says the same in English, with the English page', () => {
    const email = composeEmail(messageView({ ...NO_ANSWER, language: 'en' }));
    expect(email.subject).toBe('We could not reach you');
    expect(email.text).toContain('Last try: Tuesday 8 December, 10:27');
    expect(email.text).toContain('https://book.syddjurs.dk/aerinder/MITID_NY?lang=en');
    expect(email.text).toContain('You can also call us on +45 70 10 20 30.');
  });
});
