import { StaffLocationsService } from './staff-locations.service.js';
import type { StaffPrincipal } from './roles.decorator.js';

const MAIN = { id: '11111111-1111-4111-8111-111111111111', code: 'MAIN' };
const SMALL = { id: '22222222-2222-4222-8222-222222222222', code: 'SMALL' };

function staff(roles: StaffPrincipal['roles'], locationIds: string[]): StaffPrincipal {
  return { id: 'x', name: 'x', roles, adviserId: null, locationIds };
}

describe('StaffLocationsService', () => {
  const service = new StaffLocationsService();

  it('lets reception work at its own locations only', () => {
    const reception = staff(['reception'], [MAIN.id]);
    expect(() => service.assertMayWorkAt(reception, MAIN)).not.toThrow();
    expect(() => service.assertMayWorkAt(reception, SMALL)).toThrow(
      expect.objectContaining({ code: 'LOCATION_NOT_ALLOWED', details: { location: 'SMALL' } }),
    );
    expect(service.mayWorkAt(staff(['reception', 'adviser'], []), MAIN.id)).toBe(false);
  });

  it('lets admins work everywhere, also without locations', () => {
    expect(service.mayWorkAt(staff(['admin'], []), SMALL.id)).toBe(true);
    expect(service.mayWorkAt(staff(['reception', 'admin'], [MAIN.id]), SMALL.id)).toBe(true);
  });
});
