import type { Localized } from '../../../common/i18n/localized.js';

export const CALENDAR_TEXTS = {
  da: {
    title: 'Abonnér på din kalender',
    intro:
      'Se dine besøg i din egen kalender (Outlook, Google Kalender, iPhone): abonnér på et hemmeligt link. Kalenderen viser tidspunkt, ærinde og sted – aldrig borgerens navn.',
    hasLink:
      'Du har allerede et kalenderlink. Vi gemmer det ikke, så vi kan ikke vise det igen. Har du mistet det, eller tror du, andre kender det, så lav et nyt.',
    noLink: 'Du har ikke noget kalenderlink endnu.',
    warning:
      'Når du laver et nyt link, holder det gamle op med at virke. Kalendere, der abonnerer på det gamle, skal abonnere på det nye.',
    create: 'Lav et kalenderlink',
    replace: 'Lav et nyt link – det gamle holder op med at virke',
    newTitle: 'Dit nye kalenderlink',
    newText:
      'Kopiér linket nu, og abonnér på det i din kalender. Det bliver kun vist denne ene gang. Del det ikke: alle med linket kan se dine besøg.',
    urlLabel: 'Kalenderlink',
    copy: 'Kopiér linket',
    copied: 'Linket er kopieret.',
    howTo:
      'I Outlook: Tilføj kalender → Fra internettet. I Google Kalender: Andre kalendere → Fra webadresse.',
    backToDay: 'Tilbage til Min dag',
  },
  en: {
    title: 'Subscribe to your calendar',
    intro:
      'See your visits in your own calendar (Outlook, Google Calendar, iPhone): subscribe to a secret link. The calendar shows the time, errand and place – never the citizen’s name.',
    hasLink:
      'You already have a calendar link. It is not stored, so it cannot be shown again. If you lost it, or think others know it, make a new one.',
    noLink: 'You have no calendar link yet.',
    warning:
      'When you make a new link, the old one stops working. Calendars subscribed to the old one must subscribe to the new one.',
    create: 'Make a calendar link',
    replace: 'Make a new link – the old one stops working',
    newTitle: 'Your new calendar link',
    newText:
      'Copy the link now and subscribe to it in your calendar. It is shown this one time only. Do not share it: anyone with the link can see your visits.',
    urlLabel: 'Calendar link',
    copy: 'Copy the link',
    copied: 'The link has been copied.',
    howTo: 'In Outlook: Add calendar → From internet. In Google Calendar: Other calendars → From URL.',
    backToDay: 'Back to My day',
  },
} satisfies Localized<Record<string, string>>;
