/**
 * Errands by topic, for a citizen who did not find theirs by searching: the catalog has no topics
 * (a later admin issue may add them), so the pages keep this small map. An errand not named here
 * is listed under "Andet", so a new catalog errand is never hidden.
 */
export const TOPICS = [
  'pas',
  'koerekort',
  'sundhed',
  'flytning',
  'digital',
  'penge',
  'udland',
  'andet',
] as const;
export type Topic = (typeof TOPICS)[number];

const ERRAND_TOPICS: Readonly<Record<string, Topic>> = {
  PAS_VOKSEN: 'pas',
  PAS_BARN: 'pas',
  PAS_MISTET: 'pas',
  PAS_AFHENT: 'pas',
  LEGITIMATIONSKORT: 'pas',
  KK_FORNY: 'koerekort',
  KK_FOERSTE: 'koerekort',
  KK_DUPLIKAT: 'koerekort',
  SUNDHEDSKORT: 'sundhed',
  EHIC: 'sundhed',
  LAEGE_SKIFT: 'sundhed',
  FLYT: 'flytning',
  ADRESSEBESKYT: 'flytning',
  ATTEST: 'flytning',
  MITID_NY: 'digital',
  DIGPOST_FRITAG: 'digital',
  DIGITAL_HJAELP: 'digital',
  NEMKONTO: 'penge',
  FOLKEPENSION: 'penge',
  BOLIGSTOETTE: 'penge',
  INDREJSE_EU: 'udland',
};

export function topicOf(code: string): Topic {
  return ERRAND_TOPICS[code] ?? 'andet';
}

export interface NamedErrand {
  code: string;
  name: string;
}

export interface TopicGroup {
  topic: Topic;
  name: string;
  errands: NamedErrand[];
}

/** The errands grouped in topic order, by name within a topic; empty topics left out. */
export function errandsByTopic(
  errands: NamedErrand[],
  topicNames: Record<Topic, string>,
  locale: string,
): TopicGroup[] {
  return TOPICS.map((topic) => ({
    topic,
    name: topicNames[topic],
    errands: errands
      .filter((errand) => topicOf(errand.code) === topic)
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
  })).filter((group) => group.errands.length > 0);
}
