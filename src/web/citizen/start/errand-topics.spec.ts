import { errandsByTopic, topicOf, TOPICS, type Topic } from './errand-topics.js';

const NAMES = Object.fromEntries(TOPICS.map((topic) => [topic, `topic ${topic}`])) as Record<Topic, string>;

describe('errand topics', () => {
  it('knows the demo errands and puts an unknown code under "andet"', () => {
    expect(topicOf('PAS_MISTET')).toBe('pas');
    expect(topicOf('KK_FORNY')).toBe('koerekort');
    expect(topicOf('SOMETHING_NEW')).toBe('andet');
  });

  it('groups errands in topic order, by name within a topic, and leaves out empty topics', () => {
    const groups = errandsByTopic(
      [
        { code: 'SOMETHING_NEW', name: 'Nyt ærinde' },
        { code: 'PAS_VOKSEN', name: 'Pas' },
        { code: 'FLYT', name: 'Meld flytning' },
        { code: 'PAS_AFHENT', name: 'Afhent pas' },
      ],
      NAMES,
      'da',
    );
    expect(groups).toEqual([
      {
        topic: 'pas',
        name: 'topic pas',
        errands: [
          { code: 'PAS_AFHENT', name: 'Afhent pas' },
          { code: 'PAS_VOKSEN', name: 'Pas' },
        ],
      },
      { topic: 'flytning', name: 'topic flytning', errands: [{ code: 'FLYT', name: 'Meld flytning' }] },
      { topic: 'andet', name: 'topic andet', errands: [{ code: 'SOMETHING_NEW', name: 'Nyt ærinde' }] },
    ]);
  });

  it('sorts by the language’s alphabet (æ, ø, å last in Danish)', () => {
    const [group] = errandsByTopic(
      [
        { code: 'A1', name: 'Årskort' },
        { code: 'A2', name: 'Ændring' },
        { code: 'A3', name: 'Bopæl' },
      ],
      NAMES,
      'da',
    );
    expect(group.errands.map((errand) => errand.name)).toEqual(['Bopæl', 'Ændring', 'Årskort']);
  });
});
