import type { AuditEvent } from '../../../../audit/entities/audit-event.entity.js';
import { filterFormView, pager, readAuditFilter, toAuditRows } from './audit-log.view.js';

const NOW = new Date('2026-11-25T09:00:00+01:00');
const ACTOR = '8c6f2d4e-5b1a-4c3e-9d7f-0a1b2c3d4e5f';

describe('readAuditFilter', () => {
  it('reads days in Copenhagen, the action, the account and the page; empty fields are no filter', async () => {
    const { filter, errors } = await readAuditFilter(
      { fra: '2026-11-02', til: '2026-11-03', handling: 'staff.create', konto: ACTOR, side: '3' },
      'da',
    );
    expect(errors).toEqual([]);
    expect(filter).toEqual({
      form: { fra: '2026-11-02', til: '2026-11-03', handling: 'staff.create', konto: ACTOR },
      from: new Date('2026-11-02T00:00:00+01:00'),
      to: new Date('2026-11-04T00:00:00+01:00'),
      action: 'staff.create',
      actor: ACTOR,
      page: 3,
    });
    expect((await readAuditFilter({ fra: '', handling: '' }, 'da')).filter).toMatchObject({
      from: undefined,
      action: undefined,
      page: 1,
    });
  });

  it('says a malformed field at the field, and does not filter by it', async () => {
    const { filter, errors } = await readAuditFilter({ fra: '2026-02-30', konto: 'x', side: '-1' }, 'en');
    expect(errors).toEqual([
      { field: 'fra', message: 'Write a date that exists, such as 2026-12-03' },
      { field: 'konto', message: 'Choose a staff member from the list' },
    ]);
    expect(filter).toMatchObject({ from: undefined, actor: undefined, page: 1 });
    expect((await readAuditFilter({ fra: '2026-12-02', til: '2026-12-01' }, 'da')).errors).toEqual([
      { field: 'til', message: 'Til-datoen må ikke ligge før fra-datoen' },
    ]);
  });
});

describe('the log as a page', () => {
  const form = { fra: '2026-11-01', til: '', handling: 'staff.create', konto: '' };

  it('pages by 50, keeping the filter', () => {
    expect(pager({ form, page: 1 }, 40, 'da')).toBeUndefined();
    expect(pager({ form, page: 2 }, 120, 'da')).toEqual({
      text: 'Side 2 af 3',
      previous: { fra: '2026-11-01', handling: 'staff.create', side: '1' },
      next: { fra: '2026-11-01', handling: 'staff.create', side: '3' },
    });
    expect(pager({ form, page: 9 }, 120, 'en')).toMatchObject({ text: 'Page 3 of 3', next: undefined });
  });

  it('names the staff member, or says the account is gone', () => {
    const event = {
      id: 'e',
      occurredAt: new Date('2026-11-24T13:05:00Z'),
      actorId: ACTOR,
      action: 'arrivals.read',
      bookings: ['K7NP-A4TX', 'M3RT-Q9WZ'],
      objects: ['MAIN'],
    } as AuditEvent;
    expect(toAuditRows([event], [{ id: ACTOR, name: 'Ada', email: 'ada@x.dk' }], 'da', NOW)).toEqual([
      {
        at: '2026-11-24T13:05:00.000Z',
        time: 'tirsdag 24. november kl. 14.05',
        account: 'Ada (ada@x.dk)',
        action: 'arrivals.read',
        bookings: 'K7NP-A4TX, M3RT-Q9WZ',
        objects: 'MAIN',
      },
    ]);
    expect(toAuditRows([event], [], 'en', NOW)[0].account).toBe(`Deleted account (${ACTOR})`);
    const names = new Map([['MAIN', 'Borgerservice Ebeltoft']]);
    expect(
      toAuditRows([{ ...event, objects: ['MAIN', 'abc'] } as AuditEvent], [], 'da', NOW, names)[0].objects,
    ).toBe('Borgerservice Ebeltoft, abc');
  });

  it('offers the actions there are, keeping one asked for that has none', () => {
    const view = filterFormView(
      { form: { ...form, handling: 'gone.action' }, page: 1 },
      ['a.read'],
      [],
      'da',
    );
    expect(view.actions).toEqual([
      { value: '', text: 'Alle handlinger', selected: false },
      { value: 'a.read', text: 'a.read', selected: false },
      { value: 'gone.action', text: 'gone.action', selected: true },
    ]);
  });
});
