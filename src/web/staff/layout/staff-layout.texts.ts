import type { Localized } from '../../../common/i18n/localized.js';

/** The staff layout's own words: header, menu, sign-out and the idle warning. */
export const STAFF_LAYOUT_TEXTS = {
  da: {
    service: 'Medarbejdere',
    home: 'Til medarbejdersiderne',
    menu: 'Hovedmenu',
    signedInAs: 'Logget ind som',
    signOut: 'Log ud',
    reception: 'Reception',
    adviser: 'Min dag',
    admin: 'Administration',
    hotline: 'Hotline',
    stats: 'Statistik',
    timeoutTitle: 'Du bliver snart logget ud',
    timeoutText:
      'Du har ikke været aktiv et stykke tid. Af sikkerhedshensyn bliver du logget ud om 2 minutter.',
    stay: 'Forbliv logget ind',
  },
  en: {
    service: 'Staff',
    home: 'To the staff pages',
    menu: 'Main menu',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    reception: 'Reception',
    adviser: 'My day',
    admin: 'Administration',
    hotline: 'Hotline',
    stats: 'Statistics',
    timeoutTitle: 'You will soon be signed out',
    timeoutText:
      'You have not been active for a while. For your security you will be signed out in 2 minutes.',
    stay: 'Stay signed in',
  },
} satisfies Localized<Record<string, string>>;

export type StaffLayoutTexts = (typeof STAFF_LAYOUT_TEXTS)['da'];
