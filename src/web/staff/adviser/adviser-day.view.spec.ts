import type { Visit } from '../../../bookings/entities/booking.entity.js';
import type { TriageSession } from '../../../errands/entities/triage-session.entity.js';
import type { AdviserDay } from '../../../visits/adviser-day.service.js';
import { toAdviserDayView, toVisitCard } from './adviser-day.view.js';
import { completionFields } from './complete-form.js';
import { noticeFor } from './adviser-notice.js';

const ZONE = 'Europe/Copenhagen';
const MAIN = { id: 'main', code: 'MAIN', name: 'Borgerservice Ebeltoft', timeZone: ZONE };
const at = (time: string) => new Date(`2026-11-25T${time}:00+01:00`);

const triage = {
  id: 'triage-1',
  outcome: 'visit',
  reason: { da: 'Pas kræver fremmøde.', en: 'A passport needs a visit.' },
  answers: { has_mitid: true },
  errand: {
    name: { da: 'Pas', en: 'Passport' },
    questions: [{ key: 'has_mitid', position: 1, text: { da: 'Har du MitID?', en: 'Do you have MitID?' } }],
  },
} as unknown as TriageSession;

function visit(fields: Partial<Visit> = {}): Visit {
  return {
    reference: 'K7NPA4TX',
    triageId: 'triage-1',
    status: 'booked',
    startsAt: at('10:30'),
    endsAt: at('10:45'),
    citizenName: 'Karen Jensen',
    queueNumber: null,
    source: 'online',
    outcome: null,
    canDoAloneNextTime: null,
    location: MAIN,
    station: { name: 'Skranke 1' },
    errand: {
      name: { da: 'Nyt pas', en: 'New passport' },
      documents: { da: ['Pasfoto'], en: ['Passport photo'] },
    },
    ...fields,
  } as unknown as Visit;
}

const context = {
  language: 'da' as const,
  today: '2026-11-25',
  now: at('10:00'),
  triages: new Map([['triage-1', triage]]),
};

describe('the adviser’s day as the page shows it', () => {
  const day: AdviserDay = {
    date: '2026-11-25',
    workingTime: [{ location: MAIN, starts: at('09:30'), ends: at('14:30') }],
    away: [{ starts: at('11:00'), ends: at('12:00'), reason: 'Kursus' }],
    closed: [],
    visits: [visit({ status: 'checked_in', queueNumber: 4 }), visit({ reference: 'ABCDEFGH' })],
  };

  it('names the day, its neighbours, the working time, absences and how many wait', () => {
    expect(toAdviserDayView(day, context)).toMatchObject({
      dateLabel: 'onsdag 25. november',
      isToday: true,
      previous: '2026-11-24',
      next: '2026-11-26',
      waiting: 1,
      workingTime: [{ time: '09.30–14.30', place: 'Borgerservice Ebeltoft' }],
      away: [{ time: '11.00–12.00', reason: 'Kursus' }],
    });
  });

  it('says "all day" for an absence that fills the day', () => {
    const sick = {
      starts: new Date('2026-11-25T00:00:00+01:00'),
      ends: new Date('2026-11-26T00:00:00+01:00'),
      reason: 'Sygdom',
    };
    expect(toAdviserDayView({ ...day, away: [sick] }, context).away).toEqual([
      { time: 'Hele dagen', reason: 'Sygdom' },
    ]);
  });

  it('shows a visit with its time, errand, citizen, answers and what to bring', () => {
    expect(toVisitCard(visit({ status: 'checked_in', queueNumber: 4 }), true, context)).toMatchObject({
      reference: 'K7NP-A4TX',
      key: 'K7NPA4TX',
      time: '10.30–10.45',
      errand: 'Nyt pas',
      citizen: 'Karen Jensen',
      statusText: 'Tjekket ind – venter',
      queueNumber: '4',
      station: 'Skranke 1',
      documents: ['Pasfoto'],
      triage: { answers: [{ question: 'Har du MitID?', answer: 'yes' }] },
    });
  });

  it('offers the buttons the status allows, on the visit’s own day only', () => {
    const buttons = (fields: Partial<Visit>, isToday = true) =>
      toVisitCard(visit(fields), isToday, context).buttons.map((button) => button.action);
    expect(buttons({ status: 'booked' })).toEqual(['no_show']);
    expect(buttons({ status: 'checked_in' })).toEqual(['call', 'start', 'no_show']);
    expect(buttons({ status: 'called' })).toEqual(['call', 'start', 'no_show']);
    expect(buttons({ status: 'in_progress' })).toEqual(['complete']);
    expect(buttons({ status: 'no_show' })).toEqual(['undo_no_show']);
    expect(buttons({ status: 'completed' })).toEqual([]);
    expect(buttons({ status: 'checked_in' }, false)).toEqual([]);
    const called = toVisitCard(visit({ status: 'called' }), true, context).buttons[0];
    expect(called).toEqual({
      action: 'call',
      segment: 'kald',
      label: 'Kald igen',
      id: 'kald-K7NPA4TX',
      primary: false,
    });
  });

  it('says how a completed visit ended, and when no name was given', () => {
    const card = toVisitCard(
      visit({
        status: 'completed',
        outcome: 'done_by_adviser',
        canDoAloneNextTime: false,
        citizenName: null,
      }),
      true,
      { ...context, language: 'en' },
    );
    expect(card).toMatchObject({
      citizen: 'Name not given',
      outcome: 'I did it for the citizen',
      canDoAlone: 'No',
      statusText: 'Completed',
    });
  });

  it('says what the last action did, from the visit as it is now', () => {
    const view = toAdviserDayView(
      { ...day, visits: [visit({ status: 'called', queueNumber: 12 })] },
      context,
    );
    expect(noticeFor('kaldt', 'K7NPA4TX', view, 'da')).toBe(
      'Nummer 12 (Karen Jensen) er kaldt til Skranke 1.',
    );
    expect(noticeFor('ingen-venter', undefined, view, 'en')).toBe('Nobody is waiting for you right now.');
    expect(noticeFor('kaldt', 'UNKNOWN1', view, 'da')).toBeUndefined();
    expect(noticeFor('hacked', 'K7NPA4TX', view, 'da')).toBeUndefined();
  });
});

describe('the complete form', () => {
  it('reads "ja"/"nej" as true/false and leaves out what is missing or unknown', () => {
    expect(completionFields({ outcome: 'not_resolved', canDoAloneNextTime: 'nej' })).toEqual({
      dto: { outcome: 'not_resolved', canDoAloneNextTime: false },
      shown: { outcome: 'not_resolved', canDoAloneNextTime: 'nej' },
    });
    expect(completionFields({ canDoAloneNextTime: 'true' })).toEqual({
      dto: {},
      shown: { outcome: undefined, canDoAloneNextTime: undefined },
    });
    expect(completionFields(undefined).dto).toEqual({});
  });
});
