import type { TriageSession } from '../../../errands/entities/triage-session.entity.js';
import { toTriageAnswersView } from './triage-answers.view.js';

const triage = {
  outcome: 'visit',
  reason: { da: 'Pas kræver fremmøde.', en: 'A passport needs a visit.' },
  answers: { lost: true, photo: false },
  errand: {
    name: { da: 'Pas til voksne', en: 'Adult passport' },
    questions: [
      { key: 'photo', position: 2, text: { da: 'Har du et foto?', en: 'Do you have a photo?' } },
      { key: 'lost', position: 1, text: { da: 'Er passet mistet?', en: 'Is the passport lost?' } },
      { key: 'mitid', position: 3, text: { da: 'Har du MitID?', en: 'Do you have MitID?' } },
    ],
  },
} as unknown as TriageSession;

describe('the triage answers staff read', () => {
  it('lists the questions in their order with the answer, and says which were skipped', () => {
    expect(toTriageAnswersView(triage, 'da')).toEqual({
      errand: 'Pas til voksne',
      outcome: 'visit',
      reason: 'Pas kræver fremmøde.',
      answers: [
        { question: 'Er passet mistet?', answer: 'yes' },
        { question: 'Har du et foto?', answer: 'no' },
        { question: 'Har du MitID?', answer: 'skipped' },
      ],
    });
  });

  it('speaks the page’s language', () => {
    expect(toTriageAnswersView(triage, 'en').answers[0]).toEqual({
      question: 'Is the passport lost?',
      answer: 'yes',
    });
  });
});
