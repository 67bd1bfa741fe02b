import { type TriageLike, toOutcomeView } from './outcome.view.js';

const both = (da: string, en = da) => ({ da, en });
const TRIAGE_ID = '6f1c2b9e-8d3a-4c55-9a0e-2f4b7d1e3a10';

const OPTIONS: TriageLike['errand']['selfServiceOptions'] = [
  {
    key: 'borger-dk',
    channel: 'online',
    title: both('Meld flytning på borger.dk', 'Report your move on borger.dk'),
    url: 'https://www.borger.dk/bolig-og-flytning/flytning_oversigt',
    where: both('borger.dk'),
    who: both('Alle med MitID', 'Everyone with MitID'),
  },
  {
    key: 'municipal-form',
    channel: 'online',
    title: both('Blanket hos kommunen'),
    url: null,
    where: both('Kommunens hjemmeside'),
    who: both('Alle'),
  },
  {
    key: 'library',
    channel: 'library',
    title: both('Biblioteket'),
    url: null,
    where: both('Spørg'),
    who: both('Alle'),
  },
];

function triage(overrides: Partial<TriageLike> = {}): TriageLike {
  return {
    id: TRIAGE_ID,
    outcome: 'self_service',
    ruleKey: 'online',
    reason: both('Du kan gøre det selv.', 'You can do it yourself.'),
    optionKeys: ['borger-dk'],
    selfServiceTriedAt: null,
    errand: {
      code: 'FLYT',
      name: both('Meld flytning', 'Report a move'),
      documents: { da: ['Billedlegitimation'], en: ['Photo ID'] },
      fee: both('Gratis', 'Free'),
      visitMinutes: 20,
      phoneMinutes: null,
      phoneReason: { da: null, en: null },
      rules: [],
      selfServiceOptions: OPTIONS,
    },
    ...overrides,
  };
}

describe('toOutcomeView', () => {
  it('shows self-service with its links through the click counter, and "I could not do it myself"', () => {
    const view = toOutcomeView(triage(), 'da');
    expect(view).toMatchObject({
      heading: 'Du kan klare det selv',
      reason: 'Du kan gøre det selv.',
      offerCouldNot: true,
      couldNotAction: `/vejledning/${TRIAGE_ID}/proevet-selv`,
      bookHref: undefined,
      visit: undefined,
    });
    expect(view.options).toEqual([
      expect.objectContaining({
        key: 'borger-dk',
        title: 'Meld flytning på borger.dk',
        href: `/ud/${TRIAGE_ID}/borger-dk`,
        site: 'borger.dk',
        library: false,
      }),
    ]);
    expect(view.options[0].steps[0]).toMatch(/linket/);
  });

  it('shows only the options the triage named, in its order; without a link, no link step', () => {
    const view = toOutcomeView(triage({ optionKeys: ['library', 'municipal-form'] }), 'en');
    expect(view.options.map((option) => option.key)).toEqual(['library', 'municipal-form']);
    expect(view.options[0]).toMatchObject({ library: true, href: undefined, site: undefined });
    expect(view.options[1].href).toBeUndefined();
    expect(view.options[1].steps[0]).toBe('Find the service as described under “Where”.');
  });

  it('gives no link for an address that cannot be followed', () => {
    const broken = OPTIONS.map((option) =>
      option.key === 'borger-dk' ? { ...option, url: 'https://' } : option,
    );
    const view = toOutcomeView(triage({ errand: { ...triage().errand, selfServiceOptions: broken } }), 'da');
    expect(view.options[0]).toMatchObject({ href: undefined, site: undefined });
  });

  it('offers booking once the citizen said they could not do it themselves', () => {
    const view = toOutcomeView(triage({ selfServiceTriedAt: new Date('2026-11-25T09:00:00Z') }), 'da');
    expect(view).toMatchObject({
      offerCouldNot: false,
      selfServiceTried: true,
      bookHref: `/book/${TRIAGE_ID}/sted`,
      visit: { documents: ['Billedlegitimation'], fee: 'Gratis', minutes: 20 },
    });
  });

  it('sends a visit to booking, with what to bring and options to prepare it', () => {
    const view = toOutcomeView(triage({ outcome: 'visit' }), 'en');
    expect(view).toMatchObject({
      heading: 'You need to come to Citizen Service',
      optionsHeading: 'Prepare your visit',
      offerCouldNot: false,
      bookHref: `/book/${TRIAGE_ID}/sted`,
      visit: { documents: ['Photo ID'], fee: 'Free', minutes: 20 },
    });
  });

  it.each(['not_yet', 'elsewhere'] as const)(
    'gives %s its reason and where to go, but no booking',
    (outcome) => {
      const view = toOutcomeView(triage({ outcome }), 'da');
      expect(view.reason).toBe('Du kan gøre det selv.');
      expect(view.bookHref).toBeUndefined();
      expect(view.offerCouldNot).toBe(false);
      expect(view.options).toHaveLength(1);
    },
  );

  it('never leaves a self-service citizen with only a link: booking or "I could not" is always there', () => {
    for (const selfServiceTriedAt of [null, new Date()]) {
      const view = toOutcomeView(triage({ selfServiceTriedAt }), 'da');
      expect(view.offerCouldNot || view.bookHref !== undefined).toBe(true);
    }
  });

  describe('a callback', () => {
    const phoneHelp = (overrides: Partial<TriageLike> = {}): TriageLike => {
      const base = triage();
      return {
        ...base,
        optionKeys: [],
        ...overrides,
        errand: {
          ...base.errand,
          phoneMinutes: 20,
          phoneReason: both('Det kan klares i telefonen.', 'It can be done on the phone.'),
          rules: [
            { key: 'needs-help', offersCallback: true },
            { key: 'visit', offersCallback: false },
          ],
        },
      };
    };

    it('is the way on for outcome callback: "Ring mig op" to the hotline’s time picker, no visit', () => {
      const view = toOutcomeView(phoneHelp({ outcome: 'callback', ruleKey: 'trouble' }), 'da', 'HOTLINE');
      expect(view).toMatchObject({
        heading: 'Vi kan hjælpe dig i telefonen',
        bookHref: undefined,
        callback: {
          href: `/book/${TRIAGE_ID}/tid?sted=HOTLINE`,
          minutes: 20,
          primary: true,
          reason: undefined,
        },
      });
      expect(toOutcomeView(phoneHelp({ outcome: 'callback' }), 'en', 'HOTLINE').heading).toBe(
        'We can help you on the phone',
      );
    });

    it('sits beside the visit when the deciding rule offers a call, with the errand’s phone reason', () => {
      const view = toOutcomeView(phoneHelp({ outcome: 'visit', ruleKey: 'needs-help' }), 'en', 'HOTLINE');
      expect(view.bookHref).toBe(`/book/${TRIAGE_ID}/sted`);
      expect(view.callback).toEqual({
        href: `/book/${TRIAGE_ID}/tid?sted=HOTLINE`,
        minutes: 20,
        primary: false,
        reason: 'It can be done on the phone.',
      });
    });

    it('is not offered by another rule, without phone help, or without a hotline to call', () => {
      expect(toOutcomeView(phoneHelp({ outcome: 'visit', ruleKey: 'visit' }), 'da', 'HOTLINE').callback).toBe(
        undefined,
      );
      expect(
        toOutcomeView(triage({ outcome: 'visit', ruleKey: 'needs-help' }), 'da', 'HOTLINE').callback,
      ).toBe(undefined);
      expect(toOutcomeView(phoneHelp({ outcome: 'callback' }), 'da').callback).toBeUndefined();
    });
  });
});
