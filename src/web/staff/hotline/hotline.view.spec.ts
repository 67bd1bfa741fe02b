import { type CallbackLike, telHref, toCallbackRows, toCallView } from './hotline.view.js';

const base: CallbackLike = {
  reference: 'K7NPA4TX',
  status: 'booked',
  startsAt: new Date('2026-11-25T08:00:00Z'),
  endsAt: new Date('2026-11-25T08:20:00Z'),
  citizenName: 'Karen Jensen',
  citizenPhone: '+45 20 30 40 50',
  citizenEmail: null,
  callAttempts: 0,
  lastCallAt: null,
  outcome: null,
  guidanceOption: null,
  errand: { name: { da: 'MitID', en: 'MitID' } },
  adviser: { name: 'Louise Holm' },
  location: { name: 'Borgerservice Hotline', timeZone: 'Europe/Copenhagen' },
};

describe('the hotline list and call views', () => {
  it('makes a tel: link of digits only', () => {
    expect(telHref('+45 20 30 40 50')).toBe('tel:+4520304050');
    expect(telHref('20-30 (40) 50')).toBe('tel:20304050');
  });

  it('shows a second try after no answer as "Prøv igen" with the time of the last try', () => {
    const [row] = toCallbackRows(
      [{ ...base, callAttempts: 1, lastCallAt: new Date('2026-11-25T08:05:00Z') }],
      'da',
    );
    expect(row).toMatchObject({
      reference: 'K7NP-A4TX',
      time: '09.00–09.20',
      retry: 'Prøv igen (sidste forsøg kl. 09.05)',
      attempts: '1 ubesvaret',
      phone: { text: '+45 20 30 40 50', tel: 'tel:+4520304050' },
      href: '/staff/hotline/opkald/K7NP-A4TX',
    });
    expect(toCallbackRows([base], 'da')[0].retry).toBeUndefined();
  });

  it('names the outcome and the option guided to, and offers only what the status allows', () => {
    const done = toCallView(
      { ...base, status: 'completed', outcome: 'sent_to_self_service', guidanceOption: 'own-bank' },
      [{ key: 'own-bank', title: 'Få MitID i din bank', url: null }],
      'da',
      new Date('2026-11-25T07:00:00Z'),
    );
    expect(done).toMatchObject({
      status: 'Afsluttet: Sendt til selvbetjening',
      guidedTo: 'Få MitID i din bank',
      canStart: false,
      canEnd: false,
      needsVisit: false,
    });
    const now = new Date('2026-11-25T07:00:00Z');
    expect(toCallView(base, [], 'en', now)).toMatchObject({
      canStart: true,
      canEnd: false,
      status: 'Waiting',
    });
    expect(toCallView({ ...base, status: 'in_progress' }, [], 'da', now).canEnd).toBe(true);
    expect(
      toCallView({ ...base, status: 'completed', outcome: 'needs_visit' }, [], 'da', now).needsVisit,
    ).toBe(true);
  });
});
