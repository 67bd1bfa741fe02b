import { readErrandFiles } from '../../../../demo/catalog-files.js';
import { readPreviewAnswers, readSection, sectionOf, sectionText } from './section-form.js';

const flyt = readErrandFiles().find((errand) => errand.code === 'FLYT')!;

describe('readSection', () => {
  it('puts the typed list into the errand and gives the definition to save', () => {
    const rules = structuredClone(flyt.rules);
    rules[2].outcome = 'elsewhere';
    const read = readSection(flyt, 'rules', JSON.stringify(rules), 'da');
    expect(read).toEqual({ ok: true, definition: { ...flyt, rules } });
  });

  it('shows the section as it is saved, and reading it back changes nothing', () => {
    const read = readSection(flyt, 'questions', sectionText(flyt, 'questions'), 'en');
    expect(read).toEqual({ ok: true, definition: flyt });
  });

  it('names each problem with its path, at the textarea, in the page’s language', () => {
    const rules = structuredClone(flyt.rules);
    rules[2].when = [{ question: 'lost', equals: true }];
    rules[3].outcome = 'maybe' as never;
    const read = readSection(flyt, 'rules', JSON.stringify(rules), 'en');
    expect(read).toEqual({
      ok: false,
      errors: [
        {
          field: 'rules-json',
          message: expect.stringMatching(/^rules\[3\]\.outcome: outcome must be one of/),
        },
      ],
    });
    const rulesOnly = readSection(flyt, 'rules', JSON.stringify(rules.slice(0, 3).concat(rules[4])), 'da');
    expect(rulesOnly).toEqual({
      ok: false,
      errors: [
        {
          field: 'rules-json',
          message:
            'rules[2].when[0].question: reglen "abroad" henviser til spørgsmålet "lost", som ikke findes',
        },
      ],
    });
  });

  it('finds a problem a section causes elsewhere: an option still shown by a rule', () => {
    const read = readSection(flyt, 'selfService', '[]', 'en');
    expect(read.ok ? [] : read.errors.map((e) => e.message)).toContain(
      'rules[3].options[0]: rule "online" refers to the unknown option "borger-dk"',
    );
  });

  it('says where the JSON breaks, and that a list is wanted', () => {
    const broken = readSection(flyt, 'rules', '[\n  {"key": 1,\n  }\n]', 'da');
    expect(broken).toEqual({
      ok: false,
      errors: [{ field: 'rules-json', message: 'Teksten er ikke gyldig JSON (linje 3, tegn 3)' }],
    });
    expect(readSection(flyt, 'rules', '{}', 'en')).toEqual({
      ok: false,
      errors: [{ field: 'rules-json', message: 'Write a list: [ … ]' }],
    });
  });
});

describe('the edit pages’ addresses and the preview’s answers', () => {
  it('knows the three sections and nothing else', () => {
    expect(['spoergsmaal', 'selvbetjening', 'regler', 'toString', 'farver'].map(sectionOf)).toEqual([
      'questions',
      'selfService',
      'rules',
      undefined,
      undefined,
    ]);
  });

  it('reads ja, nej and not answered, for the errand’s questions only', () => {
    const query = {
      'svar-has_mitid': 'ja',
      'svar-moving_abroad': 'nej',
      'svar-needs_help': '',
      'svar-other': 'ja',
    };
    expect(readPreviewAnswers(flyt, query)).toEqual({ has_mitid: true, moving_abroad: false });
  });
});
