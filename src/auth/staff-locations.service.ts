import { Injectable } from '@nestjs/common';
import { LocationNotAllowedError } from './auth.errors.js';
import type { StaffPrincipal } from './roles.decorator.js';

/**
 * Where staff may work, for the modules that serve a location (reception's arrivals, check-ins and
 * walk-ins): they ask here instead of reading auth's tables. The guard has read the account's
 * locations with the account itself, so the check costs no query.
 */
@Injectable()
export class StaffLocationsService {
  /** Admins work everywhere; reception and advisers at the locations an admin gave them. */
  mayWorkAt(staff: StaffPrincipal, locationId: string): boolean {
    return staff.roles.includes('admin') || staff.locationIds.includes(locationId);
  }

  /** 403 LOCATION_NOT_ALLOWED unless `staff` may work at the location. */
  assertMayWorkAt(staff: StaffPrincipal, location: { id: string; code: string }): void {
    if (!this.mayWorkAt(staff, location.id)) throw new LocationNotAllowedError(location.code);
  }
}
