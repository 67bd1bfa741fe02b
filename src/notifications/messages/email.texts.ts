import type { Localized } from '../../common/i18n/localized.js';
import type { MessageCase } from './message-case.js';

export interface EmailTexts {
  subject: Record<MessageCase, (moment: string) => string>;
  heading: Record<MessageCase, string>;
  intro: {
    confirmation: (municipality: string) => string;
    reminder: (moment: string) => string;
    changed: (from: string | null, to: string) => string;
    cancelledByCitizen: (moment: string) => string;
    cancelledByMunicipality: (moment: string) => string;
  };
  reason: string;
  sorry: string;
  calendar: string;
  details: {
    caption: string;
    errand: string;
    time: string;
    place: string;
    address: string;
    directions: string;
    reference: string;
  };
  bring: string;
  fee: string;
  /** Before the manage link, and the link's own words. */
  manage: string;
  manageLink: string;
  manageKeep: string;
  /** Without a manage link: `confirmation` has no earlier e-mail to point to. */
  manageByPhone: (phone: string) => string;
  manageByEarlierLink: (phone: string) => string;
  bookAgain: string;
  bookAgainLink: string;
  orCall: (phone: string) => string;
  regards: string;
  signature: (municipality: string) => string;
  /** A callback from the hotline: "we call you" instead of a visit; no place, nothing to bring. */
  callback: CallbackEmailTexts;
}

export interface CallbackEmailTexts {
  subject: Record<MessageCase, (moment: string) => string>;
  heading: Record<MessageCase, string>;
  intro: {
    confirmation: (municipality: string, moment: string, phone: string) => string;
    reminder: (moment: string, phone: string) => string;
    changed: (from: string | null, to: string, phone: string) => string;
    cancelledByCitizen: (moment: string) => string;
    cancelledByMunicipality: (moment: string) => string;
  };
  /** Have the computer or phone ready: the adviser guides the citizen through it. */
  beReady: string;
  caption: string;
  /** The row with the number we call. */
  number: string;
  /** Closed after the second unanswered call: "we could not reach you", and how to get a new call. */
  noAnswer: {
    subject: string;
    intro: (moment: string, phone: string, tried: string) => string;
    triedRow: string;
    bookAgain: string;
    bookAgainLink: string;
  };
}

export const EMAIL_TEXTS: Localized<EmailTexts> = {
  da: {
    subject: {
      confirmation: (moment) => `Din tid er booket: ${moment}`,
      reminder: (moment) => `Påmindelse om din tid ${moment}`,
      changed: (moment) => `Din tid er flyttet til ${moment}`,
      cancelledByCitizen: (moment) => `Du har aflyst din tid ${moment}`,
      cancelledByMunicipality: (moment) => `Vi har måttet aflyse din tid ${moment}`,
    },
    heading: {
      confirmation: 'Din tid er booket',
      reminder: 'Påmindelse om din tid',
      changed: 'Din tid er flyttet',
      cancelledByCitizen: 'Du har aflyst din tid',
      cancelledByMunicipality: 'Vi har måttet aflyse din tid',
    },
    intro: {
      confirmation: (municipality) => `Du har booket en tid hos Borgerservice i ${municipality}.`,
      reminder: (moment) => `Vi minder dig om din tid hos Borgerservice ${moment}.`,
      changed: (from, to) =>
        from ? `Din tid er flyttet fra ${from} til ${to}.` : `Din tid er flyttet til ${to}.`,
      cancelledByCitizen: (moment) => `Du har aflyst din tid ${moment}. Du skal ikke gøre mere.`,
      cancelledByMunicipality: (moment) => `Vi har desværre måttet aflyse din tid ${moment}.`,
    },
    reason: 'Årsag',
    sorry: 'Vi beklager.',
    calendar: 'Den vedhæftede kalenderfil lægger tiden i din kalender.',
    details: {
      caption: 'Din tid',
      errand: 'Ærinde',
      time: 'Tid',
      place: 'Sted',
      address: 'Adresse',
      directions: 'Sådan finder du os',
      reference: 'Referencenummer',
    },
    bring: 'Husk at medbringe',
    fee: 'Gebyr',
    manage: 'Vil du flytte eller aflyse tiden, så brug dette link:',
    manageLink: 'Se, flyt eller aflys din tid',
    manageKeep: 'Linket er kun til dig. Del det ikke med andre.',
    manageByPhone: (phone) => `Vil du flytte eller aflyse tiden, så ring til os på ${phone}.`,
    manageByEarlierLink: (phone) =>
      `Vil du flytte eller aflyse tiden, så brug linket i din bekræftelse på e-mail, eller ring til os på ${phone}.`,
    bookAgain: 'Du kan booke en ny tid her:',
    bookAgainLink: 'Book en ny tid',
    orCall: (phone) => `Du kan også ringe til os på ${phone}.`,
    regards: 'Med venlig hilsen',
    signature: (municipality) => `Borgerservice, ${municipality}`,
    callback: {
      subject: {
        confirmation: (moment) => `Vi ringer til dig ${moment}`,
        reminder: (moment) => `Påmindelse: Vi ringer til dig ${moment}`,
        changed: (moment) => `Vi ringer til dig på et nyt tidspunkt: ${moment}`,
        cancelledByCitizen: (moment) => `Du har aflyst opkaldet ${moment}`,
        cancelledByMunicipality: (moment) => `Vi har måttet aflyse opkaldet ${moment}`,
      },
      heading: {
        confirmation: 'Vi ringer til dig',
        reminder: 'Vi ringer til dig snart',
        changed: 'Vi ringer til dig på et nyt tidspunkt',
        cancelledByCitizen: 'Du har aflyst opkaldet',
        cancelledByMunicipality: 'Vi har måttet aflyse opkaldet',
      },
      intro: {
        confirmation: (municipality, moment, phone) =>
          `Du har booket et opkald fra Borgerservice i ${municipality}. Vi ringer til dig på ${phone} ${moment}.`,
        reminder: (moment, phone) =>
          `Vi minder dig om, at Borgerservice ringer til dig på ${phone} ${moment}.`,
        changed: (from, to, phone) =>
          from
            ? `Vi ringer til dig ${to} i stedet for ${from}, på ${phone}.`
            : `Vi ringer til dig ${to}, på ${phone}.`,
        cancelledByCitizen: (moment) => `Du har aflyst opkaldet ${moment}. Du skal ikke gøre mere.`,
        cancelledByMunicipality: (moment) => `Vi har desværre måttet aflyse opkaldet ${moment}.`,
      },
      beReady: 'Hav gerne din computer eller telefon klar, så medarbejderen kan guide dig.',
      caption: 'Dit opkald',
      number: 'Vi ringer til',
      noAnswer: {
        subject: 'Vi kunne ikke få fat i dig',
        intro: (moment, phone, tried) =>
          `Du havde bestilt et opkald fra Borgerservice ${moment}. Vi har ringet til dig på ${phone} to gange, senest ${tried}, men vi kunne ikke få fat i dig. Opkaldet er derfor afsluttet.`,
        triedRow: 'Sidste forsøg',
        bookAgain: 'Har du stadig brug for hjælp, kan du bestille et nyt opkald her:',
        bookAgainLink: 'Bestil et nyt opkald',
      },
    },
  },
  en: {
    subject: {
      confirmation: (moment) => `Your appointment is booked: ${moment}`,
      reminder: (moment) => `Reminder of your appointment on ${moment}`,
      changed: (moment) => `Your appointment has moved to ${moment}`,
      cancelledByCitizen: (moment) => `You have cancelled your appointment on ${moment}`,
      cancelledByMunicipality: (moment) => `We have had to cancel your appointment on ${moment}`,
    },
    heading: {
      confirmation: 'Your appointment is booked',
      reminder: 'Reminder of your appointment',
      changed: 'Your appointment has moved',
      cancelledByCitizen: 'You have cancelled your appointment',
      cancelledByMunicipality: 'We have had to cancel your appointment',
    },
    intro: {
      confirmation: (municipality) =>
        `You have booked an appointment with Citizen Services in ${municipality}.`,
      reminder: (moment) => `This is a reminder of your appointment with Citizen Services on ${moment}.`,
      changed: (from, to) =>
        from ? `Your appointment has moved from ${from} to ${to}.` : `Your appointment has moved to ${to}.`,
      cancelledByCitizen: (moment) =>
        `You have cancelled your appointment on ${moment}. You do not need to do anything else.`,
      cancelledByMunicipality: (moment) =>
        `Unfortunately, we have had to cancel your appointment on ${moment}.`,
    },
    reason: 'Reason',
    sorry: 'We are sorry.',
    calendar: 'The attached calendar file adds the appointment to your calendar.',
    details: {
      caption: 'Your appointment',
      errand: 'Errand',
      time: 'Time',
      place: 'Place',
      address: 'Address',
      directions: 'How to find us',
      reference: 'Reference number',
    },
    bring: 'Remember to bring',
    fee: 'Fee',
    manage: 'To move or cancel the appointment, use this link:',
    manageLink: 'View, move or cancel your appointment',
    manageKeep: 'The link is only for you. Do not share it.',
    manageByPhone: (phone) => `To move or cancel the appointment, call us on ${phone}.`,
    manageByEarlierLink: (phone) =>
      `To move or cancel the appointment, use the link in your confirmation e-mail, or call us on ${phone}.`,
    bookAgain: 'You can book a new appointment here:',
    bookAgainLink: 'Book a new appointment',
    orCall: (phone) => `You can also call us on ${phone}.`,
    regards: 'Kind regards',
    signature: (municipality) => `Citizen Services, ${municipality}`,
    callback: {
      subject: {
        confirmation: (moment) => `We will call you on ${moment}`,
        reminder: (moment) => `Reminder: we will call you on ${moment}`,
        changed: (moment) => `We will call you at a new time: ${moment}`,
        cancelledByCitizen: (moment) => `You have cancelled the call on ${moment}`,
        cancelledByMunicipality: (moment) => `We have had to cancel the call on ${moment}`,
      },
      heading: {
        confirmation: 'We will call you',
        reminder: 'We will call you soon',
        changed: 'We will call you at a new time',
        cancelledByCitizen: 'You have cancelled the call',
        cancelledByMunicipality: 'We have had to cancel the call',
      },
      intro: {
        confirmation: (municipality, moment, phone) =>
          `You have booked a call from Citizen Services in ${municipality}. We will call you on ${phone} on ${moment}.`,
        reminder: (moment, phone) =>
          `This is a reminder that Citizen Services will call you on ${phone} on ${moment}.`,
        changed: (from, to, phone) =>
          from
            ? `We will call you on ${to} instead of ${from}, on ${phone}.`
            : `We will call you on ${to}, on ${phone}.`,
        cancelledByCitizen: (moment) =>
          `You have cancelled the call on ${moment}. You do not need to do anything else.`,
        cancelledByMunicipality: (moment) => `Unfortunately, we have had to cancel the call on ${moment}.`,
      },
      beReady: 'Please have your computer or phone ready, so the adviser can guide you.',
      caption: 'Your call',
      number: 'We will call',
      noAnswer: {
        subject: 'We could not reach you',
        intro: (moment, phone, tried) =>
          `You had booked a call from Citizen Services on ${moment}. We called you on ${phone} twice, last on ${tried}, but could not reach you. The call is therefore closed.`,
        triedRow: 'Last try',
        bookAgain: 'If you still need help, you can book a new call here:',
        bookAgainLink: 'Book a new call',
      },
    },
  },
};
