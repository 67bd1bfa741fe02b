import {
  answersQuery,
  choicesFor,
  firstUnanswered,
  readAnswer,
  readAnswers,
  triageAnswers,
} from './answers.js';

const MITID = { key: 'has_mitid', required: true };
const ABROAD = { key: 'moving_abroad', required: true };
const HELP = { key: 'needs_help', required: false };
const QUESTIONS = [MITID, ABROAD, HELP];

describe('answers carried in the URL', () => {
  it('offers "don\'t know" only for a question that may go unanswered', () => {
    expect(choicesFor(MITID)).toEqual(['ja', 'nej']);
    expect(choicesFor(HELP)).toEqual(['ja', 'nej', 'ved-ikke']);
  });

  it('reads one answer, refusing what the question does not offer', () => {
    expect(readAnswer(MITID, 'ja')).toBe('ja');
    expect(readAnswer(MITID, 'ved-ikke')).toBeUndefined();
    expect(readAnswer(HELP, 'ved-ikke')).toBe('ved-ikke');
    expect(readAnswer(MITID, undefined)).toBeUndefined();
    expect(readAnswer(MITID, ['ja', 'nej'])).toBeUndefined();
    expect(readAnswer(MITID, 'true')).toBeUndefined();
  });

  it('reads the errand’s answers from a query, ignoring other parameters and bad values', () => {
    const query = { has_mitid: 'nej', moving_abroad: 'maybe', lang: 'en', other: 'ja' };
    expect(readAnswers(QUESTIONS, query)).toEqual({ has_mitid: 'nej' });
    expect(readAnswers(QUESTIONS, undefined)).toEqual({});
  });

  it('writes them back in question order', () => {
    const query = answersQuery(QUESTIONS, { needs_help: 'ved-ikke', has_mitid: 'ja' });
    expect(Object.entries(query)).toEqual([
      ['has_mitid', 'ja'],
      ['needs_help', 'ved-ikke'],
    ]);
  });

  it('finds the first question before a page that has no answer yet', () => {
    expect(firstUnanswered(QUESTIONS, { has_mitid: 'ja' }, 1)).toBeUndefined();
    expect(firstUnanswered(QUESTIONS, { has_mitid: 'ja' }, 2)).toBe(1);
    expect(firstUnanswered(QUESTIONS, { moving_abroad: 'ja' }, 3)).toBe(0);
    expect(firstUnanswered(QUESTIONS, {}, 0)).toBeUndefined();
  });

  it('gives the triage booleans and leaves "don\'t know" out', () => {
    expect(
      triageAnswers(QUESTIONS, { has_mitid: 'ja', moving_abroad: 'nej', needs_help: 'ved-ikke' }),
    ).toEqual({
      has_mitid: true,
      moving_abroad: false,
    });
  });
});
