import type { Localized } from '../../../common/i18n/localized.js';
import type { Channel, Outcome } from '../../../errands/errand-definition.js';

export const OUTCOME_TEXTS = {
  da: {
    optionWho: 'Hvem kan bruge det',
    optionWhere: 'Hvor',
    howTo: 'Sådan gør du',
    goTo: 'Gå til',
    places: 'Se Borgerservices adresser og åbningstider',
    couldNotHeading: 'Kunne du ikke klare det selv?',
    couldNotText:
      'Så kan du booke en tid i Borgerservice, hvor en medarbejder hjælper dig. Er du fritaget for Digital Post, har du altid ret til at få hjælp ved et besøg.',
    couldNot: 'Jeg kunne ikke klare det selv',
    triedText: 'Du har fortalt os, at du ikke kunne klare det selv. Book en tid, så hjælper vi dig.',
    book: 'Book tid',
    visitDocuments: 'Det skal du have med',
    visitFee: 'Pris',
    visitLength: 'Besøget tager cirka',
    callMe: 'Ring mig op',
    callbackHeading: 'Kan det klares i telefonen?',
    callLength: 'Opkaldet tager cirka',
    callWhen: 'Du vælger selv tidspunktet, og vi ringer til dig.',
    minutes: 'minutter',
    questions: 'Har du spørgsmål?',
    callUs: 'Ring til Borgerservice på',
    startAgain: 'Start forfra med et andet ærinde',
    expiredTitle: 'Dine svar er udløbet',
    expiredText:
      'Svarene gælder kun et døgn, så vi altid vejleder efter de nyeste regler. Besvar spørgsmålene igen for at se, hvad du skal gøre.',
    expiredAgain: 'Besvar spørgsmålene igen',
  },
  en: {
    optionWho: 'Who can use it',
    optionWhere: 'Where',
    howTo: 'How to do it',
    goTo: 'Go to',
    places: 'See Citizen Service’s addresses and opening hours',
    couldNotHeading: 'Could you not do it yourself?',
    couldNotText:
      'Then you can book an appointment at Citizen Service, where a member of staff will help you. If you are exempt from Digital Post, you always have the right to help at a visit.',
    couldNot: 'I could not do it myself',
    triedText:
      'You have told us that you could not do it yourself. Book an appointment and we will help you.',
    book: 'Book an appointment',
    visitDocuments: 'What to bring',
    visitFee: 'Fee',
    visitLength: 'The visit takes about',
    callMe: 'Call me',
    callbackHeading: 'Can it be done on the phone?',
    callLength: 'The call takes about',
    callWhen: 'You choose the time, and we call you.',
    minutes: 'minutes',
    questions: 'Any questions?',
    callUs: 'Call Citizen Service on',
    startAgain: 'Start again with another errand',
    expiredTitle: 'Your answers have expired',
    expiredText:
      'Answers are only valid for a day, so that our advice always follows the latest rules. Answer the questions again to see what to do.',
    expiredAgain: 'Answer the questions again',
  },
} satisfies Localized<Record<string, string>>;

export type OutcomeTexts = (typeof OUTCOME_TEXTS)['da'];

/** The page's heading, and the heading over the triage's options, per outcome. */
export const OUTCOME_HEADINGS = {
  da: {
    self_service: { title: 'Du kan klare det selv', options: 'Sådan kan du gøre' },
    visit: { title: 'Du skal møde op i Borgerservice', options: 'Forbered dit besøg' },
    not_yet: { title: 'Det er for tidligt', options: 'Her kan du læse mere' },
    elsewhere: { title: 'En anden myndighed hjælper dig', options: 'Her skal du henvende dig' },
    callback: { title: 'Vi kan hjælpe dig i telefonen', options: 'Det kan du også' },
  },
  en: {
    self_service: { title: 'You can do it yourself', options: 'How you can do it' },
    visit: { title: 'You need to come to Citizen Service', options: 'Prepare your visit' },
    not_yet: { title: 'It is too early', options: 'Read more here' },
    elsewhere: { title: 'Another authority can help you', options: 'Where to go' },
    callback: { title: 'We can help you on the phone', options: 'You can also' },
  },
} satisfies Localized<Record<Outcome, { title: string; options: string }>>;

/** Short "sådan gør du" steps per kind of self-service option. */
export const CHANNEL_STEPS = {
  da: {
    online: [
      'Klik på linket. Siden åbner hos den myndighed, der har løsningen.',
      'Log ind med MitID, hvis du bliver bedt om det.',
      'Udfyld og send. Gem kvitteringen, du får til sidst.',
    ],
    app: [
      'Hent appen i App Store eller Google Play.',
      'Åbn appen, og følg vejledningen trin for trin.',
      'Du kan låne en pårørendes telefon, hvis din egen ikke kan.',
    ],
    library: [
      'Gå på dit lokale bibliotek i åbningstiden. Tag dit MitID og din telefon med.',
      'Spørg personalet om hjælp til den digitale løsning.',
    ],
    hotline: ['Ring, som der står under »Hvor«.', 'Fortæl kort, hvad du skal, så hjælper de dig videre.'],
    chat: ['Åbn chatten via linket.', 'Skriv kort, hvad du har brug for hjælp til.'],
    bank: [
      'Kontakt din bank i netbanken, på telefon eller i en filial.',
      'Fortæl, hvad du skal, så hjælper banken dig.',
    ],
    kiosk: [
      'Gå til stedet, der står under »Hvor«, i åbningstiden.',
      'Følg vejledningen på skærmen. Tag dit MitID med.',
    ],
    post: [
      'Hent blanketten via linket.',
      'Udfyld og underskriv den, og send den med posten til adressen på blanketten.',
    ],
  },
  en: {
    online: [
      'Follow the link. The page opens at the authority that runs the service.',
      'Log in with MitID if you are asked to.',
      'Fill in and send. Keep the receipt you get at the end.',
    ],
    app: [
      'Get the app from the App Store or Google Play.',
      'Open the app and follow the instructions step by step.',
      'You can borrow a relative’s phone if yours cannot do it.',
    ],
    library: [
      'Go to your local library during opening hours. Bring your MitID and your phone.',
      'Ask the staff for help with the digital service.',
    ],
    hotline: ['Call as described under “Where”.', 'Say briefly what you need, and they will help you on.'],
    chat: ['Open the chat from the link.', 'Write briefly what you need help with.'],
    bank: [
      'Contact your bank in online banking, by phone or at a branch.',
      'Say what you need, and the bank will help you.',
    ],
    kiosk: [
      'Go to the place named under “Where” during opening hours.',
      'Follow the instructions on the screen. Bring your MitID.',
    ],
    post: ['Get the form from the link.', 'Fill it in, sign it and post it to the address on the form.'],
  },
} satisfies Localized<Record<Channel, string[]>>;

/** The first step of an option whose steps start at its link, when the catalog gives it none. */
export const NO_LINK_STEP = {
  da: 'Find løsningen, som der står under »Hvor«.',
  en: 'Find the service as described under “Where”.',
} satisfies Localized;
