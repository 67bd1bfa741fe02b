import { CHANGE_CONTACT_FORM, toCheckView } from './check-view.js';

const CHOICE = { triage: 'T1', location: 'MAIN', start: '2026-12-08T10:15:00+01:00' };
const PLACE = {
  code: 'MAIN',
  name: 'Borgerservice Ebeltoft',
  address: 'Torvegade 8, 8400 Ebeltoft',
  timeZone: 'Europe/Copenhagen',
};
const KEY = '0d3c1a7e-1b2c-4d5e-8f90-123456789abc';

function view(overrides: Partial<Parameters<typeof toCheckView>[0]> = {}) {
  return toCheckView({
    choice: CHOICE,
    errand: { code: 'PAS_VOKSEN', name: 'Nyt pas' },
    place: PLACE,
    citizen: { name: 'Karen Jensen', email: 'karen@example.dk', phone: '12345678' },
    idempotencyKey: KEY,
    proof: true,
    language: 'da',
    now: new Date('2026-11-25T08:00:00Z'),
    ...overrides,
  });
}

describe('check your answers', () => {
  it('lists errand, place with address, time, name and contact, each with its way back', () => {
    expect(
      view().rows.map(({ key, label, lines, change, changeWhat }) => ({
        key,
        label,
        lines,
        change,
        changeWhat,
      })),
    ).toEqual([
      {
        key: 'errand',
        label: 'Ærinde',
        lines: ['Nyt pas'],
        change: { link: '/aerinder/PAS_VOKSEN' },
        changeWhat: 'ærinde',
      },
      {
        key: 'place',
        label: 'Sted',
        lines: ['Borgerservice Ebeltoft', 'Torvegade 8, 8400 Ebeltoft'],
        change: { link: '/book/T1/sted' },
        changeWhat: 'sted',
      },
      {
        key: 'time',
        label: 'Tid',
        lines: ['tirsdag 8. december kl. 10.15'],
        change: { link: '/book/T1/tid?sted=MAIN&dag=2026-12-08' },
        changeWhat: 'tid',
      },
      {
        key: 'name',
        label: 'Navn',
        lines: ['Karen Jensen'],
        change: { form: CHANGE_CONTACT_FORM },
        changeWhat: 'navn',
      },
      {
        key: 'contact',
        label: 'Kontakt',
        lines: ['karen@example.dk', '12345678'],
        change: { form: CHANGE_CONTACT_FORM },
        changeWhat: 'kontakt',
      },
    ]);
  });

  it('never puts the name or contact into a link: they change through a form', () => {
    const links = view()
      .rows.map((row) => ('link' in row.change ? row.change.link : ''))
      .join(' ');
    expect(links).not.toMatch(/karen|12345678|Jensen/i);
    expect(view().changeAction).toBe('/book/T1/kontakt/ret');
  });

  it('posts without JavaScript to the route without proof, and names the proof route for the script', () => {
    expect(view()).toMatchObject({
      proof: true,
      action: '/book/T1/bekraeft-uden-js',
      proofAction: '/book/T1/bekraeft',
      idempotencyKey: KEY,
    });
    // Without ALTCHA there is no proof to give: straight to the one route.
    expect(view({ proof: false })).toMatchObject({ proof: false, action: '/book/T1/bekraeft' });
  });

  it('carries the contact as validated, with absent fields empty', () => {
    expect(view({ citizen: { name: 'Karen', phone: '12345678' } }).contact).toEqual({
      name: 'Karen',
      email: '',
      phone: '12345678',
      sms: false,
    });
    expect(view({ citizen: { name: 'Karen', phone: '12345678' } }).rows[4].lines).toEqual(['12345678']);
  });

  it('lists the choice of SMS under the contact, and carries it on', () => {
    const chosen = view({ citizen: { name: 'Karen', phone: '12345678', sms: true } });
    expect(chosen.rows.find((row) => row.key === 'contact')?.lines).toEqual([
      '12345678',
      'Du får også besked på sms',
    ]);
    expect(chosen.contact.sms).toBe(true);
    expect(chosen.smsValue).toBe('ja');
    const english = view({ citizen: { name: 'Karen', phone: '12345678', sms: true }, language: 'en' });
    expect(english.rows[4].lines).toContain('You also get text messages');
    expect(view().rows[4].lines).not.toContain('Du får også besked på sms');
  });

  it('speaks English', () => {
    const english = view({ language: 'en' });
    expect(english.t.title).toBe('Check your answers');
    expect(english.rows[2].lines).toEqual(['Tuesday 8 December, 10:15']);
    expect(english.rows[0].changeWhat).toBe('errand');
  });

  it('says when we call for a callback, with the number and the e-mail as their own answers', () => {
    const call = view({ kind: 'callback', citizen: { name: 'Karen Jensen', phone: '12 34 56 78' } });
    expect(call.call).toBe('Vi ringer til dig på 12 34 56 78 tirsdag 8. december kl. 10.15.');
    expect(call.rows.map(({ key, lines }) => ({ key, lines }))).toEqual([
      { key: 'errand', lines: ['Nyt pas'] },
      { key: 'time', lines: ['tirsdag 8. december kl. 10.15'] },
      { key: 'phone', lines: ['12 34 56 78'] },
      { key: 'name', lines: ['Karen Jensen'] },
      { key: 'email', lines: ['Ingen – du får ingen bekræftelse på e-mail'] },
    ]);
    expect(view().call).toBeUndefined();
  });
});
