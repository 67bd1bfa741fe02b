import type { Localized } from '../../../common/i18n/localized.js';
import type { Topic } from './errand-topics.js';

export const START_TEXTS = {
  da: {
    title: 'Hvad skal du?',
    searchLabel: 'Skriv hvad du skal, med dine egne ord',
    searchHint: 'For eksempel "mistet mit pas" eller "flytte".',
    search: 'Søg',
    common: 'Det gør de fleste',
    results: 'Det fandt vi',
    allErrands: 'Se alle ærinder efter emne',
    nothingFound: 'Vi fandt ikke noget, der passer til',
    tryOtherWords:
      'Prøv med færre eller andre ord, fx "pas", "sygesikring" eller "flytning". Eller find dit ærinde herunder.',
    byTopic: 'Ærinder efter emne',
    callUs: 'Ring til Borgerservice',
    callUsText: 'Vi hjælper dig gerne med at finde ud af, hvad du skal.',
    places: 'Se adresser og åbningstider',
    borgerDk: 'Søg på borger.dk',
    borgerDkText:
      'Mange ærinder klarer du selv på borger.dk. Gå til borger.dk, og skriv det samme i søgefeltet øverst på siden:',
    borgerDkLink: 'Gå til borger.dk',
  },
  en: {
    title: 'What do you need to do?',
    searchLabel: 'Describe your errand in your own words',
    searchHint: 'For example "lost my passport" or "moving".',
    search: 'Search',
    common: 'Most people come for',
    results: 'What we found',
    allErrands: 'See all errands by topic',
    nothingFound: 'We found nothing matching',
    tryOtherWords:
      'Try fewer or other words, for example "passport", "health card" or "moving". Or find your errand below.',
    byTopic: 'Errands by topic',
    callUs: 'Call Citizen Service',
    callUsText: 'We are happy to help you find out what you need to do.',
    places: 'See addresses and opening hours',
    borgerDk: 'Search borger.dk',
    borgerDkText:
      'You can do many errands yourself on borger.dk (mostly in Danish). Go to borger.dk and type the same words in the search field at the top of the page:',
    borgerDkLink: 'Go to borger.dk',
  },
} satisfies Localized<Record<string, string>>;

export const TOPIC_NAMES = {
  da: {
    pas: 'Pas og legitimation',
    koerekort: 'Kørekort',
    sundhed: 'Sundhed og læge',
    flytning: 'Flytning, adresse og attester',
    digital: 'MitID og Digital Post',
    penge: 'Pension, boligstøtte og NemKonto',
    udland: 'Flytte til Danmark',
    andet: 'Andet',
  },
  en: {
    pas: 'Passports and ID',
    koerekort: 'Driving licences',
    sundhed: 'Health and doctor',
    flytning: 'Moving, address and certificates',
    digital: 'MitID and Digital Post',
    penge: 'Pension, housing benefit and NemKonto',
    udland: 'Moving to Denmark',
    andet: 'Other',
  },
} satisfies Localized<Record<Topic, string>>;
