import { QueryFailedError } from 'typeorm';
import pg from 'pg';
import { OwnAdminAccessError } from '../../../../auth/auth.errors.js';
import { RecordNotFoundError } from '../../../../common/errors/domain-error.js';
import {
  accountErrors,
  accountFormView,
  createBody,
  refusalAtField,
  typedAccount,
  updateBody,
} from './staff-account-form.js';

const PLACES = [
  { id: '1', code: 'MAIN', name: 'Borgerservice', timeZone: 'Europe/Copenhagen', active: true },
  { id: '2', code: 'OLD', name: 'Gammelt kontor', timeZone: 'Europe/Copenhagen', active: false },
];
const ADVISERS = [{ id: 'a1', name: 'Mette', email: 'm@x.dk', active: true, errands: [], locations: [] }];

function uniqueViolation(constraint: string): QueryFailedError {
  const driverError = new pg.DatabaseError('duplicate key', 0, 'error');
  driverError.code = '23505';
  driverError.constraint = constraint;
  return new QueryFailedError('INSERT …', [], driverError);
}

describe('the staff account form', () => {
  it('reads one ticked box as a list, several as a list, none as empty', () => {
    expect(typedAccount({ roles: 'admin', locations: ['MAIN', 'OLD'], name: ' Karin ' })).toEqual({
      email: '',
      name: 'Karin',
      roles: ['admin'],
      locations: ['MAIN', 'OLD'],
      adviserId: '',
    });
    expect(typedAccount(undefined).roles).toEqual([]);
  });

  it('writes the bodies the API takes: no adviser is left out when creating, null when changing', () => {
    const typed = typedAccount({ email: 'k@x.dk', name: 'K', roles: 'reception', adviserId: '' });
    expect(createBody(typed)).toEqual({ email: 'k@x.dk', name: 'K', roles: ['reception'], locations: [] });
    expect(updateBody(typed)).toEqual({ name: 'K', roles: ['reception'], locations: [], adviserId: null });
  });

  it('says one problem per field, in the form’s order', () => {
    const errors = accountErrors(
      [
        { field: 'roles', message: 'roles must contain at least 1 elements' },
        { field: 'email', message: 'email must be an email' },
        { field: 'locations-0', message: '…' },
      ],
      typedAccount({}),
      'da',
    );
    expect(errors.map((e) => e.field)).toEqual(['email', 'roles', 'locations']);
  });

  it('says a taken e-mail or adviser, an unknown adviser and the own admin access at the field', () => {
    expect(refusalAtField(uniqueViolation('uq_staff_accounts_email'), 'da')).toEqual({
      field: 'email',
      message: 'Der findes allerede en konto med den e-mailadresse',
    });
    expect(refusalAtField(uniqueViolation('uq_staff_accounts_adviser'), 'en')?.field).toBe('adviserId');
    expect(refusalAtField(new RecordNotFoundError('adviser', 'x'), 'da')?.field).toBe('adviserId');
    expect(refusalAtField(new OwnAdminAccessError(), 'en')).toEqual({
      field: 'roles',
      message: new OwnAdminAccessError().messages.en,
    });
    expect(refusalAtField(new Error('boom'), 'da')).toBeUndefined();
  });

  it('offers roles and places in use (and those the account has) with the first box as the field', () => {
    const view = accountFormView(
      typedAccount({ roles: 'adviser', locations: 'OLD', adviserId: 'a1' }),
      PLACES,
      ADVISERS,
      'da',
    );
    expect(view.roles.map((r) => [r.id, r.label, r.checked])).toEqual([
      ['roles', 'Administrator', false],
      ['roles-reception', 'Reception', false],
      ['roles-adviser', 'Rådgiver', true],
      ['roles-stats', 'Statistik', false],
      ['roles-hotline', 'Hotline', false],
    ]);
    expect(view.locations.map((l) => [l.id, l.checked])).toEqual([
      ['locations', false],
      ['locations-OLD', true],
    ]);
    expect(view.advisers).toEqual([
      { value: '', text: 'Ingen', selected: false },
      { value: 'a1', text: 'Mette (m@x.dk)', selected: true },
    ]);
    const fresh = accountFormView(typedAccount({}), PLACES, ADVISERS, 'da');
    expect(fresh.locations.map((l) => l.value)).toEqual(['MAIN']);
  });
});
