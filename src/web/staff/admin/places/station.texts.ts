import type { Localized } from '../../../../common/i18n/localized.js';

export const STATION_TEXTS = {
  da: {
    newTitle: 'Tilføj station',
    editTitle: (name: string) => `Ret ${name}`,
    intro: (place: string) =>
      `En station på ${place} er et sted, hvor en rådgiver kan tage imod, med det udstyr ærinderne kræver.`,
    name: 'Navn',
    nameHint: 'Fx Skranke 7. Navnet skal være unikt på stedet.',
    errands: 'Ærinder stationen kan tage',
    errandsHint: 'Kun ærinder, stationen har udstyr til (fx kamera og fingeraftryk til pas).',
    active: 'Er stationen i brug?',
    inUse: 'Ja, den kan bookes',
    notInUse: 'Nej, tag den ud af brug',
    inactiveErrand: '(ikke i brug)',
    create: 'Tilføj stationen',
    save: 'Gem stationen',
    cancel: 'Tilbage til stedet',
    nameMissing: 'Skriv stationens navn',
    nameTooLong: 'Navnet må højst være 100 tegn',
    nameCpr: 'Skriv navnet uden CPR-nummer',
    nameTaken: 'Der er allerede en station med det navn på stedet',
    errandsInvalid: 'Vælg ærinderne på listen',
  },
  en: {
    newTitle: 'Add a station',
    editTitle: (name: string) => `Change ${name}`,
    intro: (place: string) =>
      `A station at ${place} is a place where an adviser can see citizens, with the equipment the errands need.`,
    name: 'Name',
    nameHint: 'For example Desk 7. The name must be unique at the place.',
    errands: 'Errands the station can take',
    errandsHint:
      'Only errands the station has the equipment for (e.g. camera and fingerprints for passports).',
    active: 'Is the station in use?',
    inUse: 'Yes, it can be booked',
    notInUse: 'No, take it out of use',
    inactiveErrand: '(not in use)',
    create: 'Add the station',
    save: 'Save the station',
    cancel: 'Back to the place',
    nameMissing: 'Enter the station’s name',
    nameTooLong: 'The name can be at most 100 characters',
    nameCpr: 'Write the name without a CPR number',
    nameTaken: 'There is already a station with that name at the place',
    errandsInvalid: 'Choose the errands from the list',
  },
} satisfies Localized<Record<string, unknown>>;

export type StationTexts = (typeof STATION_TEXTS)['da'];
