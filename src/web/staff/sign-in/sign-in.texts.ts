import type { Localized } from '../../../common/i18n/localized.js';

export const SIGN_IN_TEXTS = {
  da: {
    title: 'Log ind',
    intro: 'For medarbejdere i Borgerservice: reception, rådgivere og administratorer.',
    email: 'E-mail',
    password: 'Adgangskode',
    submit: 'Log ind',
    expired: 'Du er blevet logget ud, fordi du ikke har været aktiv et stykke tid. Log ind igen.',
    signedOut: 'Du er logget ud.',
    emailMissing: 'Skriv din e-mail',
    passwordMissing: 'Skriv din adgangskode',
    passwordTitle: 'Skift adgangskode',
    passwordIntro:
      'Vælg en ny adgangskode på mindst 12 tegn. Den du har nu, er en engangsadgangskode eller skal skiftes.',
    currentPassword: 'Nuværende adgangskode',
    newPassword: 'Ny adgangskode',
    newPasswordHint: 'Mindst 12 tegn. Brug gerne flere ord.',
    change: 'Skift adgangskode',
  },
  en: {
    title: 'Sign in',
    intro: 'For Citizen Service staff: reception, advisers and administrators.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    expired: 'You were signed out because you had not been active for a while. Sign in again.',
    signedOut: 'You are signed out.',
    emailMissing: 'Enter your e-mail',
    passwordMissing: 'Enter your password',
    passwordTitle: 'Change password',
    passwordIntro:
      'Choose a new password of at least 12 characters. The one you have is a one-time password or must be changed.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHint: 'At least 12 characters. Several words work well.',
    change: 'Change password',
  },
} satisfies Localized<Record<string, string>>;

export type SignInTexts = (typeof SIGN_IN_TEXTS)['da'];
