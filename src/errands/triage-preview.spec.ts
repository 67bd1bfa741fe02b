import { readErrandFiles } from '../demo/catalog-files.js';
import { previewTriage } from './triage-preview.js';

const flyt = readErrandFiles().find((errand) => errand.code === 'FLYT')!;

describe('previewTriage', () => {
  it('decides as triage does and shows the options of the rule', () => {
    const preview = previewTriage(flyt, { has_mitid: true, moving_abroad: false });
    expect(preview.outcome).toBe('self_service');
    expect(preview.options.map((o) => o.key)).toEqual(['borger-dk']);
    expect(previewTriage(flyt, { has_mitid: true, moving_abroad: false, needs_help: true })).toMatchObject({
      outcome: 'visit',
      rule: flyt.rules[0].key,
      options: [],
    });
  });

  it('refuses answers that do not fit the questions, as triage does', () => {
    expect(() => previewTriage(flyt, { has_mitid: true })).toThrow(/moving_abroad/);
  });
});
