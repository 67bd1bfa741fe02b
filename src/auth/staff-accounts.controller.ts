import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Audited } from '../audit/audited.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { parseUuid } from '../common/pipes/parse-uuid.js';
import {
  CreateStaffAccountDto,
  OneTimePasswordResponse,
  StaffAccountResponse,
  UpdateStaffAccountDto,
} from './dto/staff-accounts.dto.js';
import { CurrentStaff, Roles, type StaffPrincipal } from './roles.decorator.js';
import { StaffAccountsService } from './staff-accounts.service.js';

/** Staff accounts, maintained by admins. Passwords never pass through an admin's hands but once. */
@ApiTags('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`, `PASSWORD_CHANGE_REQUIRED`' })
@ApiNotFoundResponse({
  type: ErrorResponse,
  description: '`STAFF_ACCOUNT_NOT_FOUND`, `LOCATION_NOT_FOUND`, `NOT_FOUND` (adviser)',
})
@Roles('admin')
@Controller('admin/staff')
export class StaffAccountsController {
  constructor(private readonly accounts: StaffAccountsService) {}

  @Post()
  @Audited('staff.create')
  @ApiOperation({
    summary: 'Create a staff account; answers a one-time password, to be changed at the first sign-in',
  })
  @ApiCreatedResponse({ type: OneTimePasswordResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: '`CONFLICT` (e-mail or adviser taken)' })
  create(@Body() body: CreateStaffAccountDto): Promise<OneTimePasswordResponse> {
    return this.accounts.create(body);
  }

  @Get()
  @ApiOperation({ summary: 'Every staff account, by e-mail' })
  @ApiOkResponse({ type: [StaffAccountResponse] })
  list(): Promise<StaffAccountResponse[]> {
    return this.accounts.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One staff account' })
  @ApiOkResponse({ type: StaffAccountResponse })
  get(@Param('id', parseUuid('id')) id: string): Promise<StaffAccountResponse> {
    return this.accounts.get(id);
  }

  @Patch(':id')
  @Audited('staff.update')
  @ApiOperation({
    summary: 'Change name, roles, locations or adviser link; deactivate (`active: false`) or reactivate',
  })
  @ApiOkResponse({ type: StaffAccountResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: '`OWN_ADMIN_ACCESS`, `CONFLICT`' })
  update(
    @Param('id', parseUuid('id')) id: string,
    @Body() body: UpdateStaffAccountDto,
    @CurrentStaff() actor: StaffPrincipal,
  ): Promise<StaffAccountResponse> {
    return this.accounts.update(id, body, actor);
  }

  @Post(':id/password-reset')
  @HttpCode(200)
  @Audited('staff.password-reset')
  @ApiOperation({
    summary: 'A new one-time password; the old password and every token of the account stop working',
  })
  @ApiOkResponse({ type: OneTimePasswordResponse })
  resetPassword(@Param('id', parseUuid('id')) id: string): Promise<OneTimePasswordResponse> {
    return this.accounts.resetPassword(id);
  }
}
