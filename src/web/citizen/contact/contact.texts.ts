import type { Localized } from '../../../common/i18n/localized.js';
import type { ContactProblemKey } from './contact-form.js';

export interface ContactTexts {
  title: string;
  chosen: string;
  lead: string;
  noCpr: string;
  nameLabel: string;
  contactLegend: string;
  contactHint: string;
  emailLabel: string;
  phoneLabel: string;
  phoneHint: string;
  smsLabel: string;
  smsHint: string;
  continue: string;
  problems: Record<ContactProblemKey, string>;
}

export const CONTACT_TEXTS: Localized<ContactTexts> = {
  da: {
    title: 'Dine kontaktoplysninger',
    chosen: 'Du har valgt',
    lead: 'Vi bruger dem kun, hvis vi skal kontakte dig om tiden.',
    noCpr: 'Du skal ikke oplyse dit CPR-nummer.',
    nameLabel: 'Navn',
    contactLegend: 'Hvordan kan vi kontakte dig?',
    contactHint: 'Skriv din e-mail eller dit mobilnummer – eller begge.',
    emailLabel: 'E-mail',
    phoneLabel: 'Mobilnummer',
    phoneHint: '8 cifre, fx 12 34 56 78',
    smsLabel: 'Send også besked på sms',
    smsHint: 'Bekræftelse og påmindelse til dit mobilnummer',
    continue: 'Fortsæt',
    problems: {
      nameMissing: 'Skriv dit navn',
      nameTooLong: 'Navnet må højst være 100 tegn',
      nameCpr: 'Skriv kun dit navn. Du skal ikke oplyse dit CPR-nummer',
      nameCharacters: 'Navnet indeholder tegn, vi ikke kan bruge. Skriv det med almindelige bogstaver',
      noContact: 'Skriv din e-mail eller dit mobilnummer',
      emailInvalid: 'Skriv e-mailen sådan her: navn@eksempel.dk',
      emailTooLong: 'E-mailen må højst være 254 tegn',
      phoneInvalid: 'Skriv et dansk mobilnummer med 8 cifre, fx 12 34 56 78',
      phoneTooLong: 'Mobilnummeret må højst være 30 tegn',
      smsNeedsPhone: 'Skriv dit mobilnummer, hvis du vil have besked på sms',
    },
  },
  en: {
    title: 'Your contact details',
    chosen: 'You have chosen',
    lead: 'We only use them if we need to contact you about the appointment.',
    noCpr: 'You do not need to give your CPR number.',
    nameLabel: 'Name',
    contactLegend: 'How can we contact you?',
    contactHint: 'Enter your e-mail address or your mobile number – or both.',
    emailLabel: 'E-mail',
    phoneLabel: 'Mobile number',
    phoneHint: '8 digits, for example 12 34 56 78',
    smsLabel: 'Also send messages by text message',
    smsHint: 'Confirmation and reminder to your mobile number',
    continue: 'Continue',
    problems: {
      nameMissing: 'Enter your name',
      nameTooLong: 'The name must be 100 characters or fewer',
      nameCpr: 'Enter only your name. You do not need to give your CPR number',
      nameCharacters: 'The name contains characters we cannot use. Write it with ordinary letters',
      noContact: 'Enter your e-mail address or your mobile number',
      emailInvalid: 'Enter the e-mail address like this: name@example.com',
      emailTooLong: 'The e-mail address must be 254 characters or fewer',
      phoneInvalid: 'Enter a Danish mobile number with 8 digits, for example 12 34 56 78',
      phoneTooLong: 'The mobile number must be 30 characters or fewer',
      smsNeedsPhone: 'Enter your mobile number if you want text messages',
    },
  },
};
