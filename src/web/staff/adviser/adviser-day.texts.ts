import type { BookingStatus, VisitOutcome } from '../../../bookings/entities/booking.entity.js';
import type { Localized } from '../../../common/i18n/localized.js';

interface AdviserDayTexts {
  title: string;
  today: string;
  previousDay: string;
  nextDay: string;
  dayNavigation: string;
  badDate: string;
  callNext: string;
  callNextHint: string;
  waiting: (count: number) => string;
  workingTime: string;
  notWorking: string;
  away: string;
  wholeDay: string;
  closed: string;
  visits: string;
  noVisits: string;
  time: string;
  status: string;
  queueNumber: string;
  place: string;
  citizen: string;
  noName: string;
  walkIn: string;
  bring: string;
  nothingToBring: string;
  outcome: string;
  canDoAlone: string;
  yes: string;
  no: string;
  actionsFor: (who: string) => string;
  call: string;
  callAgain: string;
  start: string;
  noShow: string;
  undoNoShow: string;
  complete: string;
  completeLegend: string;
  outcomeLegend: string;
  canDoAloneLegend: string;
  canDoAloneHint: string;
  outcomeMissing: string;
  canDoAloneMissing: string;
  calendarLink: string;
  statuses: Record<BookingStatus, string>;
  outcomes: Record<VisitOutcome, string>;
  notices: {
    called: (number: string, who: string, station: string) => string;
    started: (who: string) => string;
    completed: (who: string) => string;
    noShow: (who: string) => string;
    back: (who: string, number: string) => string;
    nobodyWaiting: string;
  };
  notAnAdviserTitle: string;
  notAnAdviserHelp: string;
}

export const ADVISER_DAY_TEXTS: Localized<AdviserDayTexts> = {
  da: {
    title: 'Min dag',
    today: 'I dag',
    previousDay: 'Forrige dag',
    nextDay: 'Næste dag',
    dayNavigation: 'Skift dag',
    badDate: 'Datoen findes ikke. Her er dagen i dag',
    callNext: 'Kald næste',
    callNextHint: 'Kalder den borger, der er tjekket ind og har den tidligste tid hos dig.',
    waiting: (count) =>
      count === 0 ? 'Ingen venter på dig.' : count === 1 ? '1 borger venter.' : `${count} borgere venter.`,
    workingTime: 'Arbejdstid',
    notWorking: 'Du har ingen arbejdstid denne dag.',
    away: 'Fravær',
    wholeDay: 'Hele dagen',
    closed: 'Lukket',
    visits: 'Besøg',
    noVisits: 'Du har ingen besøg denne dag.',
    time: 'Tid',
    status: 'Status',
    queueNumber: 'Kønummer',
    place: 'Sted',
    citizen: 'Borger',
    noName: 'Navn ikke oplyst',
    walkIn: 'uden tid (kom ind fra gaden)',
    bring: 'Borgeren skal medbringe',
    nothingToBring: 'Intet særligt.',
    outcome: 'Resultat',
    canDoAlone: 'Kan klare det selv næste gang',
    yes: 'Ja',
    no: 'Nej',
    actionsFor: (who) => `Handlinger for ${who}`,
    call: 'Kald',
    callAgain: 'Kald igen',
    start: 'Start besøget',
    noShow: 'Udeblevet',
    undoNoShow: 'Kom alligevel – sæt i kø',
    complete: 'Afslut besøget',
    completeLegend: 'Afslut besøget',
    outcomeLegend: 'Hvordan endte besøget?',
    canDoAloneLegend: 'Kan borgeren klare det selv næste gang?',
    canDoAloneHint: 'Din vurdering. Den bruges i statistikken over selvbetjening.',
    outcomeMissing: 'Vælg, hvordan besøget endte',
    canDoAloneMissing: 'Vælg, om borgeren kan klare det selv næste gang',
    calendarLink: 'Abonnér på din kalender',
    statuses: {
      booked: 'Booket',
      checked_in: 'Tjekket ind – venter',
      called: 'Kaldt',
      in_progress: 'I gang',
      completed: 'Afsluttet',
      no_show: 'Udeblevet',
      cancelled: 'Aflyst',
    },
    outcomes: {
      self_served_with_help: 'Borgeren klarede det selv med hjælp',
      done_by_adviser: 'Jeg klarede det for borgeren',
      not_resolved: 'Ikke løst',
    },
    notices: {
      called: (number, who, station) => `Nummer ${number} (${who}) er kaldt til ${station}.`,
      started: (who) => `Besøget med ${who} er startet.`,
      completed: (who) => `Besøget med ${who} er afsluttet.`,
      noShow: (who) => `${who} er markeret som udeblevet.`,
      back: (who, number) => `${who} står i kø igen med nummer ${number}.`,
      nobodyWaiting: 'Ingen venter på dig lige nu.',
    },
    notAnAdviserTitle: 'Din konto er ikke knyttet til en rådgiver',
    notAnAdviserHelp:
      'Bed en administrator om at knytte din konto til din rådgiver under Administration → Medarbejdere. Så kan du se din dag her.',
  },
  en: {
    title: 'My day',
    today: 'Today',
    previousDay: 'Previous day',
    nextDay: 'Next day',
    dayNavigation: 'Change day',
    badDate: 'That date does not exist. This is today',
    callNext: 'Call next',
    callNextHint: 'Calls the checked-in citizen whose time with you is earliest.',
    waiting: (count) =>
      count === 0
        ? 'Nobody is waiting for you.'
        : count === 1
          ? '1 citizen is waiting.'
          : `${count} citizens are waiting.`,
    workingTime: 'Working time',
    notWorking: 'You have no working time this day.',
    away: 'Away',
    wholeDay: 'All day',
    closed: 'Closed',
    visits: 'Visits',
    noVisits: 'You have no visits this day.',
    time: 'Time',
    status: 'Status',
    queueNumber: 'Queue number',
    place: 'Place',
    citizen: 'Citizen',
    noName: 'Name not given',
    walkIn: 'without an appointment (walked in)',
    bring: 'The citizen should bring',
    nothingToBring: 'Nothing in particular.',
    outcome: 'Outcome',
    canDoAlone: 'Can do it alone next time',
    yes: 'Yes',
    no: 'No',
    actionsFor: (who) => `Actions for ${who}`,
    call: 'Call',
    callAgain: 'Call again',
    start: 'Start the visit',
    noShow: 'Did not come',
    undoNoShow: 'Came after all – back in the queue',
    complete: 'Complete the visit',
    completeLegend: 'Complete the visit',
    outcomeLegend: 'How did the visit end?',
    canDoAloneLegend: 'Can the citizen do it alone next time?',
    canDoAloneHint: 'Your judgement. It is used in the self-service statistics.',
    outcomeMissing: 'Choose how the visit ended',
    canDoAloneMissing: 'Choose whether the citizen can do it alone next time',
    calendarLink: 'Subscribe to your calendar',
    statuses: {
      booked: 'Booked',
      checked_in: 'Checked in – waiting',
      called: 'Called',
      in_progress: 'In progress',
      completed: 'Completed',
      no_show: 'Did not come',
      cancelled: 'Cancelled',
    },
    outcomes: {
      self_served_with_help: 'The citizen did it themselves, with help',
      done_by_adviser: 'I did it for the citizen',
      not_resolved: 'Not resolved',
    },
    notices: {
      called: (number, who, station) => `Number ${number} (${who}) has been called to ${station}.`,
      started: (who) => `The visit with ${who} has started.`,
      completed: (who) => `The visit with ${who} is completed.`,
      noShow: (who) => `${who} is marked as not having come.`,
      back: (who, number) => `${who} is back in the queue as number ${number}.`,
      nobodyWaiting: 'Nobody is waiting for you right now.',
    },
    notAnAdviserTitle: 'Your account is not linked to an adviser',
    notAnAdviserHelp:
      'Ask an administrator to link your account to your adviser under Administration → Staff. Then you can see your day here.',
  },
};

export type { AdviserDayTexts };
