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
  /** A callback: the number is the one we call (required), the e-mail only for the confirmation. */
  callback: {
    chosen: string;
    lead: string;
    phoneLabel: string;
    phoneHint: string;
    emailLabel: string;
    emailHint: string;
    smsHint: string;
  };
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
    callback: {
      chosen: 'Vi ringer til dig',
      lead: 'Vi ringer til det telefonnummer, du skriver her. Vi bruger kun dine oplysninger til opkaldet.',
      phoneLabel: 'Telefonnummer',
      phoneHint: 'Det nummer, vi skal ringe til. 8 cifre, fx 12 34 56 78',
      emailLabel: 'E-mail (valgfrit)',
      emailHint: 'Så sender vi en bekræftelse med tidspunktet på e-mail.',
      smsHint: 'Bekræftelse og påmindelse til telefonnummeret',
    },
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
      phoneMissing: 'Skriv det telefonnummer, vi skal ringe til',
      callPhoneInvalid: 'Skriv et dansk telefonnummer med 8 cifre, fx 12 34 56 78',
      callPhoneTooLong: 'Telefonnummeret må højst være 30 tegn',
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
    callback: {
      chosen: 'We will call you',
      lead: 'We will call the phone number you enter here. We only use your details for the call.',
      phoneLabel: 'Phone number',
      phoneHint: 'The number we should call. 8 digits, for example 12 34 56 78',
      emailLabel: 'E-mail (optional)',
      emailHint: 'Then we send you a confirmation with the time by e-mail.',
      smsHint: 'Confirmation and reminder to the phone number',
    },
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
      phoneMissing: 'Enter the phone number we should call',
      callPhoneInvalid: 'Enter a Danish phone number with 8 digits, for example 12 34 56 78',
      callPhoneTooLong: 'The phone number must be 30 characters or fewer',
    },
  },
};
