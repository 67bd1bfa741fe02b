import type { Localized } from '../../../common/i18n/localized.js';

/** The administration's front page: one entry per thing the municipality maintains. */
export const ADMIN_HOME_TEXTS = {
  da: {
    title: 'Administration',
    intro: 'Her vedligeholder du ærinder, steder, rådgivere og medarbejdere.',
    sections: [
      {
        href: '/staff/admin/aerinder',
        name: 'Ærinder',
        text: 'Spørgsmål, selvbetjening og regler. Hver ændring bliver en ny version.',
      },
      {
        href: '/staff/admin/steder',
        name: 'Steder',
        text: 'Adresser, åbningstider, lukkedage og medbetjeningsstationer.',
      },
      {
        href: '/staff/admin/raadgivere',
        name: 'Rådgivere',
        text: 'Arbejdstider og fravær. Flyt besøg, når en rådgiver er syg.',
      },
      { href: '/staff/admin/medarbejdere', name: 'Medarbejdere', text: 'Log ind-konti, roller og steder.' },
      { href: '/staff/admin/log', name: 'Log', text: 'Hvem har set og ændret hvad og hvornår.' },
    ],
  },
  en: {
    title: 'Administration',
    intro: 'Maintain errands, places, advisers and staff here.',
    sections: [
      {
        href: '/staff/admin/aerinder',
        name: 'Errands',
        text: 'Questions, self-service and rules. Every change becomes a new version.',
      },
      {
        href: '/staff/admin/steder',
        name: 'Places',
        text: 'Addresses, opening hours, closures and co-service stations.',
      },
      {
        href: '/staff/admin/raadgivere',
        name: 'Advisers',
        text: 'Working times and absences. Move visits when an adviser is ill.',
      },
      { href: '/staff/admin/medarbejdere', name: 'Staff', text: 'Sign-in accounts, roles and places.' },
      { href: '/staff/admin/log', name: 'Audit log', text: 'Who saw and changed what, and when.' },
    ],
  },
} satisfies Localized<{
  title: string;
  intro: string;
  sections: { href: string; name: string; text: string }[];
}>;
