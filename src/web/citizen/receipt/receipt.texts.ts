import type { Localized } from '../../../common/i18n/localized.js';

export interface ReceiptTexts {
  title: string;
  booked: string;
  bookedText: string;
  cancelled: string;
  keepHeading: string;
  keepText: string;
  qrHeading: string;
  qrText: string;
  qrLabel: (reference: string) => string;
  callBooked: string;
  callText: string;
  callCancelled: string;
}

export const RECEIPT_TEXTS: Localized<ReceiptTexts> = {
  da: {
    title: 'Kvittering',
    booked: 'Din tid er booket',
    bookedText: 'Vis referencenummeret i Borgerservice, når du kommer.',
    cancelled: 'Tiden er aflyst',
    keepHeading: 'Gem linket til din tid',
    keepText: 'Med linket kan du se, flytte eller aflyse tiden. Gem det, eller skriv det ned.',
    qrHeading: 'Når du kommer',
    qrText: 'Vis QR-koden eller referencenummeret i receptionen. QR-koden indeholder kun referencenummeret.',
    qrLabel: (reference) => `QR-kode med referencenummer ${reference}`,
    callBooked: 'Dit opkald er booket',
    callText: 'Hav telefonen ved hånden. Du skal ikke møde op.',
    callCancelled: 'Opkaldet er aflyst',
  },
  en: {
    title: 'Receipt',
    booked: 'Your appointment is booked',
    bookedText: 'Show the reference number at Citizen Service when you arrive.',
    cancelled: 'This appointment is cancelled',
    keepHeading: 'Keep the link to your appointment',
    keepText: 'With the link you can see, change or cancel the appointment. Save it or write it down.',
    qrHeading: 'When you arrive',
    qrText:
      'Show the QR code or the reference number at reception. The QR code holds only the reference number.',
    qrLabel: (reference) => `QR code with reference number ${reference}`,
    callBooked: 'Your call is booked',
    callText: 'Keep your phone at hand. You do not need to come in.',
    callCancelled: 'This call is cancelled',
  },
};
