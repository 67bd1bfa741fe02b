import { ROLES } from './entities/staff-account.entity.js';
import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Audited } from '../audit/audited.decorator.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordDto, LoginDto, LoginResponse, StaffResponse } from './dto/auth.dto.js';
import { CurrentStaff, OpenBeforePasswordChange, Roles, type StaffPrincipal } from './roles.decorator.js';

const TOKEN_ERRORS = '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Staff sign-in',
    description:
      'Returns a short-lived access token (ACCESS_TOKEN_MINUTES). Repeated failures, per e-mail and per client address, are slowed down.',
  })
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: '`INVALID_CREDENTIALS`' })
  @ApiTooManyRequestsResponse({
    type: ErrorResponse,
    description: '`TOO_MANY_LOGIN_ATTEMPTS` (see Retry-After)',
  })
  login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password, request.ip);
  }

  @Get('me')
  @Roles(...ROLES)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in staff member' })
  @ApiOkResponse({ type: StaffResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: TOKEN_ERRORS })
  @ApiForbiddenResponse({ type: ErrorResponse, description: '`PASSWORD_CHANGE_REQUIRED`' })
  me(@CurrentStaff() staff: StaffPrincipal): Promise<StaffResponse> {
    return this.auth.me(staff.id);
  }

  @Post('password')
  @HttpCode(200)
  @Roles(...ROLES)
  @OpenBeforePasswordChange()
  @Audited('auth.password-change')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change your own password (also the one-time password an admin gave you)',
    description: 'Every token issued before stops working; the answer has a new one.',
  })
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: TOKEN_ERRORS })
  @ApiForbiddenResponse({ type: ErrorResponse, description: '`CURRENT_PASSWORD_WRONG`' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponse, description: '`PASSWORD_NOT_ALLOWED`' })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: '`TOO_MANY_LOGIN_ATTEMPTS`' })
  changePassword(
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<LoginResponse> {
    return this.auth.changePassword(staff.id, body, request.ip);
  }
}
