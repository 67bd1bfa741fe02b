import type { AbsenceVisits } from '../../../../admin/absence-visits.service.js';
import { absenceNotice, toAbsencePage } from './absence.view.js';

const NOW = new Date('2026-11-25T09:00:00+01:00');
const lookup = {
  errand: (code: string) => ({ PAS_VOKSEN: 'Pas til voksne' })[code],
  place: (code: string) => ({ MAIN: 'Borgerservice Ebeltoft' })[code],
  zone: (code: string) => ({ MAIN: 'Europe/Copenhagen' })[code],
};
const visit = {
  reference: 'K7NP-A4TX',
  start: '2026-12-01T10:00:00+01:00',
  end: '2026-12-01T10:20:00+01:00',
  location: 'MAIN',
  errand: 'PAS_VOKSEN',
  status: 'checked_in',
  adviser: { id: 'b', name: 'Bo Kollega' },
  station: { id: 's', name: 'Station 2' },
};
const visits: AbsenceVisits = {
  absence: {
    id: 'abs',
    adviserId: 'ann',
    adviserName: 'Anna',
    startsAt: new Date('2026-12-01T00:00:00+01:00'),
    endsAt: new Date('2026-12-02T00:00:00+01:00'),
    reason: 'Sygdom',
  },
  moved: [visit],
  notMoved: [],
  cancelled: [],
};

describe('toAbsencePage', () => {
  it('shows who has each visit now, when and where, and where its forms post', () => {
    const page = toAbsencePage(visits, 'Europe/Copenhagen', lookup, 'da', NOW);
    expect(page).toEqual({
      heading: 'Annas fravær',
      when: 'tirsdag 1. december (hele dagen)',
      reason: 'Sygdom',
      moved: [
        {
          reference: 'K7NP-A4TX',
          time: 'tirsdag 1. december kl. 10.00',
          place: 'Borgerservice Ebeltoft',
          errand: 'Pas til voksne',
          adviser: 'Bo Kollega',
          station: 'Station 2',
          status: 'Tjekket ind',
        },
      ],
      notMoved: [],
      moveAgainAction: '/staff/admin/raadgivere/ann/fravaer/abs/flyt',
      cancelAction: '/staff/admin/raadgivere/ann/fravaer/abs/aflys',
      deleteAction: '/staff/admin/raadgivere/ann/fravaer/abs/slet',
    });
  });
});

describe('absenceNotice', () => {
  it('says what was recorded, moved and left, and what was cancelled', () => {
    expect(absenceNotice({ ny: '1', flyttet: '2', tilbage: '1' }, 'da')).toEqual({
      text: 'Fraværet er registreret.',
      more: '2 besøg er flyttet til en kollega. 1 besøg kunne ikke flyttes.',
    });
    expect(absenceNotice({ ny: '1', flyttet: '0', tilbage: '0' }, 'en')).toEqual({
      text: 'The absence is recorded.',
      more: undefined,
    });
    expect(absenceNotice({ igen: '1', tilbage: '3' }, 'en')).toEqual({
      text: 'The visits were tried again.',
      more: '3 visits could not be moved.',
    });
    expect(absenceNotice({ aflyst: '1' }, 'da')).toEqual({ text: '1 besøg er aflyst.' });
  });

  it('says nothing for an address without a change, or with nonsense counts', () => {
    expect(absenceNotice({}, 'da')).toBeUndefined();
    expect(absenceNotice({ aflyst: '-1' }, 'da')).toBeUndefined();
    expect(absenceNotice({ aflyst: 'x' }, 'da')).toBeUndefined();
  });
});
