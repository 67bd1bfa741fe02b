import type { StaffAccountResponse } from '../../../../auth/dto/staff-accounts.dto.js';
import { accountNotice, toAccountPage, toAccountRows } from './staff-accounts.view.js';

const account = (fields: Partial<StaffAccountResponse>): StaffAccountResponse => ({
  id: 'k1',
  email: 'karin@x.dk',
  name: 'Karin',
  roles: ['reception'],
  adviserId: null,
  locations: ['MAIN'],
  active: true,
  mustChangePassword: false,
  createdAt: '2026-11-25T08:00:00.000Z',
  ...fields,
});
const place = (code: string) => ({ MAIN: 'Borgerservice' })[code];

describe('staff accounts as the pages show them', () => {
  it('says roles, places (everywhere for admins) and status', () => {
    const rows = toAccountRows(
      [
        account({}),
        account({ roles: ['admin', 'adviser'], locations: [] }),
        account({ active: false, locations: ['GONE'] }),
        account({ mustChangePassword: true, locations: [] }),
      ],
      place,
      'da',
    );
    expect(rows.map((row) => [row.roles, row.places, row.status])).toEqual([
      ['Reception', 'Borgerservice', 'Aktiv'],
      ['Administrator, Rådgiver', 'Alle (administrator)', 'Aktiv'],
      ['Reception', 'GONE', 'Deaktiveret'],
      ['Reception', 'Ingen', 'Aktiv. Skal skifte engangsadgangskode'],
    ]);
  });

  it('names the adviser the account signs in as, and where its forms post', () => {
    const page = toAccountPage(
      account({ adviserId: 'a1' }),
      [{ id: 'a1', name: 'Mette' } as never],
      place,
      'en',
    );
    expect(page).toMatchObject({
      adviser: 'Mette',
      updateAction: '/staff/admin/medarbejdere/k1',
      statusAction: '/staff/admin/medarbejdere/k1/status',
      resetAction: '/staff/admin/medarbejdere/k1/adgangskode',
    });
  });

  it('says only the notices it knows', () => {
    expect(accountNotice({ besked: 'deaktiveret' }, 'da')).toEqual({ text: 'Kontoen er deaktiveret.' });
    expect(accountNotice({ besked: 'constructor' }, 'da')).toBeUndefined();
    expect(accountNotice({}, 'da')).toBeUndefined();
  });
});
