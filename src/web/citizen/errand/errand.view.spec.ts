import { type ErrandLike, questionStep, toErrandView, toQuestionView } from './errand.view.js';

const both = (da: string, en = da) => ({ da, en });
const ERRAND: ErrandLike = {
  code: 'FLYT',
  name: both('Meld flytning', 'Report a move'),
  description: both('Når du flytter.', 'When you move.'),
  fee: both('Gratis', 'Free'),
  documents: { da: ['Billedlegitimation'], en: ['Photo ID'] },
  visitMinutes: 20,
  questions: [
    {
      key: 'has_mitid',
      required: true,
      text: both('Har du MitID?', 'Do you have MitID?'),
      help: { da: null, en: null },
    },
    {
      key: 'moving_abroad',
      required: true,
      text: both('Flytter du til udlandet?', 'Are you moving abroad?'),
      help: both('Også Grønland.', 'Greenland too.'),
    },
    {
      key: 'needs_help',
      required: false,
      text: both('Har du brug for hjælp?'),
      help: { da: null, en: null },
    },
  ],
};

describe('toErrandView', () => {
  it('says what the errand is, its fee and what to bring, and starts at question 1', () => {
    expect(toErrandView(ERRAND, 'en')).toEqual({
      code: 'FLYT',
      name: 'Report a move',
      description: 'When you move.',
      fee: 'Free',
      documents: ['Photo ID'],
      visitMinutes: 20,
      questionCount: 3,
      startHref: '/aerinder/FLYT/spoergsmaal/1',
    });
  });

  it('has no start link for an errand without questions (its button posts for the triage)', () => {
    expect(toErrandView({ ...ERRAND, questions: [] }, 'da').startHref).toBeUndefined();
  });
});

describe('toQuestionView', () => {
  it('asks the first question with yes and no, back to the errand page', () => {
    const view = toQuestionView(ERRAND, 1, {}, 'da');
    expect(view).toMatchObject({
      errandName: 'Meld flytning',
      number: 1,
      total: 3,
      legend: 'Har du MitID?',
      hint: undefined,
      field: 'svar',
      error: undefined,
      action: { path: '/aerinder/FLYT/spoergsmaal/1', query: {} },
      back: '/aerinder/FLYT',
      last: false,
    });
    expect(view.choices).toEqual([
      { value: 'ja', label: 'Ja', id: 'svar', checked: false },
      { value: 'nej', label: 'Nej', id: 'svar-nej', checked: false },
    ]);
  });

  it('carries the answers so far, shows its own answer when going back, and links back with them', () => {
    const view = toQuestionView(ERRAND, 2, { has_mitid: 'ja', moving_abroad: 'nej' }, 'en');
    expect(view.hint).toBe('Greenland too.');
    expect(view.choices.map((choice) => [choice.label, choice.checked])).toEqual([
      ['Yes', false],
      ['No', true],
    ]);
    expect(view.action).toEqual({
      path: '/aerinder/FLYT/spoergsmaal/2',
      query: { has_mitid: 'ja', moving_abroad: 'nej' },
    });
    expect(view.back).toBe('/aerinder/FLYT/spoergsmaal/1?has_mitid=ja&moving_abroad=nej');
  });

  it('offers "don\'t know" on a question that may go unanswered, and knows it is the last', () => {
    const view = toQuestionView(ERRAND, 3, { has_mitid: 'ja', moving_abroad: 'nej' }, 'da');
    expect(view.choices.map((choice) => choice.id)).toEqual(['svar', 'svar-nej', 'svar-ved-ikke']);
    expect(view.last).toBe(true);
  });

  it('tells what to choose when nothing was chosen', () => {
    expect(toQuestionView(ERRAND, 1, {}, 'da', { error: true }).error).toBe('Vælg ja eller nej');
    expect(toQuestionView(ERRAND, 3, {}, 'en', { error: true }).error).toBe('Select yes, no or don’t know');
  });
});

describe('questionStep', () => {
  const { questions } = ERRAND;

  it('shows a question whose earlier questions are all answered', () => {
    expect(questionStep(questions, 1, {})).toEqual({ show: true });
    expect(questionStep(questions, 3, { has_mitid: 'ja', moving_abroad: 'nej' })).toEqual({ show: true });
  });

  it('sends a URL that skipped a question back to it', () => {
    expect(questionStep(questions, 3, { has_mitid: 'ja' })).toEqual({ show: false, goTo: 2 });
  });

  it('sends a number out of range to the first unanswered question, or the last', () => {
    expect(questionStep(questions, 9, { has_mitid: 'ja' })).toEqual({ show: false, goTo: 2 });
    expect(questionStep(questions, Number('x'), {})).toEqual({ show: false, goTo: 1 });
    const all = { has_mitid: 'ja', moving_abroad: 'nej', needs_help: 'nej' } as const;
    expect(questionStep(questions, 0, all)).toEqual({ show: false, goTo: 3 });
  });

  it('sends an errand without questions to its own page', () => {
    expect(questionStep([], 1, {})).toEqual({ show: false, goTo: 0 });
  });
});
