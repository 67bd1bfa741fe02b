import {
  toErrandChoices,
  toGuidance,
  toQuestionRadios,
  unanswered,
  type WalkInErrandLike,
} from './walk-in.view.js';

const errand: WalkInErrandLike = {
  code: 'FLYT',
  name: { da: 'Meld flytning', en: 'Report a move' },
  questions: [
    {
      key: 'moving_abroad',
      position: 2,
      required: false,
      text: { da: 'Udlandet?', en: 'Abroad?' },
      help: { da: null, en: null },
    },
    {
      key: 'has_mitid',
      position: 1,
      required: true,
      text: { da: 'MitID?', en: 'MitID?' },
      help: { da: 'Hjælp', en: 'Help' },
    },
  ],
};

describe('toErrandChoices', () => {
  it('sorts by name in the page’s language', () => {
    const choices = toErrandChoices(
      [errand, { code: 'PAS', name: { da: 'Pas', en: 'Another passport' } }],
      'en',
      (code) => `/w/${code}`,
    );
    expect(choices.map((choice) => choice.name)).toEqual(['Another passport', 'Report a move']);
    expect(choices[0].href).toBe('/w/PAS');
  });
});

describe('toQuestionRadios', () => {
  it('puts every question in order as radios, the first choice carrying the key as its id', () => {
    const radios = toQuestionRadios(
      errand,
      { has_mitid: 'nej' },
      [{ field: 'moving_abroad', message: 'Vælg' }],
      'da',
    );
    expect(radios.map((r) => r.field)).toEqual(['has_mitid', 'moving_abroad']);
    expect(radios[0]).toMatchObject({ legend: 'MitID?', hint: 'Hjælp', error: undefined });
    expect(radios[0].choices).toEqual([
      { id: 'has_mitid', value: 'ja', label: 'Ja', checked: false },
      { id: 'has_mitid-nej', value: 'nej', label: 'Nej', checked: true },
    ]);
    expect(radios[1].choices.map((c) => c.value)).toEqual(['ja', 'nej', 'ved-ikke']);
    expect(radios[1].error).toBe('Vælg');
  });
});

describe('unanswered', () => {
  it('names each required question without an answer', () => {
    expect(unanswered(errand, {}, 'da')).toEqual([{ field: 'has_mitid', message: 'Vælg et svar' }]);
    expect(unanswered(errand, { has_mitid: 'ja' }, 'da')).toEqual([]);
  });
});

describe('toGuidance', () => {
  const option = {
    key: 'online',
    channel: 'online' as const,
    title: { da: 'Meld flytning på borger.dk', en: 'Report online' },
    url: 'https://www.borger.dk/flyt',
    where: { da: 'borger.dk', en: 'borger.dk' },
    who: { da: 'Alle med MitID', en: 'Anyone with MitID' },
  };

  it('lists the chosen options with their steps and the address in full', () => {
    const [guidance] = toGuidance({ optionKeys: ['online'], errand: { selfServiceOptions: [option] } }, 'da');
    expect(guidance).toMatchObject({
      title: 'Meld flytning på borger.dk',
      url: 'https://www.borger.dk/flyt',
    });
    expect(guidance.steps[0]).toMatch(/^Klik på linket/);
  });

  it('leaves out a link that is not https and says where to find the service instead', () => {
    const [guidance] = toGuidance(
      { optionKeys: ['online'], errand: { selfServiceOptions: [{ ...option, url: 'http://x.dk' }] } },
      'da',
    );
    expect(guidance.url).toBeUndefined();
    expect(guidance.steps[0]).toBe('Find løsningen, som der står under »Hvor«.');
  });
});
