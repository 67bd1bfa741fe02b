import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { LocationsService } from '../locations/locations.service.js';
import { StaffingWriter } from '../staffing/staffing.writer.js';
import { OwnAdminAccessError, StaffAccountNotFoundError } from './auth.errors.js';
import { AuthService } from './auth.service.js';
import type {
  CreateStaffAccountDto,
  OneTimePasswordResponse,
  StaffAccountResponse,
  UpdateStaffAccountDto,
} from './dto/staff-accounts.dto.js';
import { StaffAccountLocation } from './entities/staff-account-location.entity.js';
import { StaffAccount } from './entities/staff-account.entity.js';
import { LoginAttempts } from './login-attempts.js';
import { newOneTimePassword } from './one-time-password.js';
import { hashPassword } from './passwords.js';
import type { StaffPrincipal } from './roles.decorator.js';

/**
 * Staff accounts as admins maintain them: create (with a one-time password), list, change roles,
 * locations and the adviser link, deactivate and reactivate, reset the password.
 */
@Injectable()
export class StaffAccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly attempts: LoginAttempts,
    private readonly locations: LocationsService,
    private readonly staffing: StaffingWriter,
  ) {}

  async create(dto: CreateStaffAccountDto): Promise<OneTimePasswordResponse> {
    if (dto.adviserId) await this.staffing.assertAdviserExists(dto.adviserId);
    const locationIds = await this.locationIds(dto.locations ?? []);
    const oneTimePassword = newOneTimePassword();
    const { locations: _codes, ...fields } = dto;
    const id = await this.dataSource.transaction((manager) =>
      this.auth.createAccount(
        { ...fields, password: oneTimePassword, locationIds, mustChangePassword: true },
        manager,
      ),
    );
    return { ...(await this.get(id)), oneTimePassword };
  }

  async list(): Promise<StaffAccountResponse[]> {
    const accounts = await this.dataSource.getRepository(StaffAccount).find({ order: { email: 'ASC' } });
    return this.withLocations(accounts);
  }

  async get(id: string): Promise<StaffAccountResponse> {
    const account = await this.dataSource.getRepository(StaffAccount).findOneBy({ id });
    if (!account) throw new StaffAccountNotFoundError(id);
    return (await this.withLocations([account]))[0];
  }

  /** Deactivating ends every token of the account at once (reactivating does not revive them). */
  async update(id: string, dto: UpdateStaffAccountDto, actor: StaffPrincipal): Promise<StaffAccountResponse> {
    const current = await this.get(id);
    const dropsOwnAdmin = dto.active === false || (dto.roles !== undefined && !dto.roles.includes('admin'));
    if (id === actor.id && dropsOwnAdmin) throw new OwnAdminAccessError();
    if (dto.adviserId) await this.staffing.assertAdviserExists(dto.adviserId);
    const locationIds = dto.locations && (await this.locationIds(dto.locations));
    const { locations: _codes, ...changes } = dto;
    await this.dataSource.transaction(async (manager) => {
      if (Object.keys(changes).length > 0) await manager.update(StaffAccount, { id }, changes);
      if (dto.active === false && current.active) await this.revokeTokens(manager, id);
      if (locationIds) await this.replaceLocations(manager, id, locationIds);
    });
    return this.get(id);
  }

  /**
   * A new one-time password: the old password and every token end, and the e-mail's failed
   * sign-ins are forgotten (an admin can free someone whom others' failures slowed down).
   */
  async resetPassword(id: string): Promise<OneTimePasswordResponse> {
    const account = await this.get(id);
    const oneTimePassword = newOneTimePassword();
    await this.auth.setPassword(id, await hashPassword(oneTimePassword), true);
    await this.attempts.forget(account.email);
    return { ...(await this.get(id)), oneTimePassword };
  }

  private async revokeTokens(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE staff_accounts SET token_version = token_version + 1 WHERE id = $1', [id]);
  }

  private async replaceLocations(manager: EntityManager, accountId: string, locationIds: string[]) {
    await manager.delete(StaffAccountLocation, { accountId });
    if (locationIds.length > 0)
      await manager.insert(
        StaffAccountLocation,
        locationIds.map((locationId) => ({ accountId, locationId })),
      );
  }

  /** Location codes or ids → ids (404 LOCATION_NOT_FOUND for an unknown one). */
  private async locationIds(refs: string[]): Promise<string[]> {
    const ids = new Set<string>();
    for (const ref of refs) ids.add((await this.locations.findByRef(ref, { includeInactive: true })).id);
    return [...ids];
  }

  private async withLocations(accounts: StaffAccount[]): Promise<StaffAccountResponse[]> {
    const rows = await this.dataSource.getRepository(StaffAccountLocation).find({
      where: { accountId: In(accounts.map((account) => account.id)) },
      relations: { location: true },
    });
    return accounts.map((account) => ({
      id: account.id,
      email: account.email,
      name: account.name,
      roles: account.roles,
      adviserId: account.adviserId,
      locations: rows
        .filter((row) => row.accountId === account.id)
        .map((row) => row.location.code)
        .sort(),
      active: account.active,
      mustChangePassword: account.mustChangePassword,
      createdAt: account.createdAt.toISOString(),
    }));
  }
}
