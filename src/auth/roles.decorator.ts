import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from './entities/staff-account.entity.js';

export const ROLES_KEY = 'staff-roles';

/** The endpoint is for signed-in staff with at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** What the access token says about the signed-in staff member. */
export interface StaffPrincipal {
  id: string;
  name: string;
  roles: Role[];
  adviserId: string | null;
}

export const CurrentStaff = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StaffPrincipal => {
    return context.switchToHttp().getRequest<{ staff: StaffPrincipal }>().staff;
  },
);
