import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from './entities/staff-account.entity.js';

export const ROLES_KEY = 'staff-roles';
export const OPEN_BEFORE_PASSWORD_CHANGE_KEY = 'staff-open-before-password-change';

/** The endpoint is for signed-in staff with at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The one endpoint an account with a one-time password may use: changing it. */
export const OpenBeforePasswordChange = () => SetMetadata(OPEN_BEFORE_PASSWORD_CHANGE_KEY, true);

/** The signed-in staff member, as the account is now (read on every request, not from the token). */
export interface StaffPrincipal {
  id: string;
  name: string;
  roles: Role[];
  adviserId: string | null;
  /** Where a receptionist or adviser may work; admins may work everywhere. */
  locationIds: string[];
}

export const CurrentStaff = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StaffPrincipal => {
    return context.switchToHttp().getRequest<{ staff: StaffPrincipal }>().staff;
  },
);
