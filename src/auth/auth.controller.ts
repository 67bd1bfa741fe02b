import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error-response.js';
import { AuthService } from './auth.service.js';
import { LoginDto, LoginResponse, StaffResponse } from './dto/auth.dto.js';
import { CurrentStaff, Roles, type StaffPrincipal } from './roles.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Staff sign-in',
    description:
      'Returns a short-lived access token (ACCESS_TOKEN_MINUTES). Repeated failures are slowed down.',
  })
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: '`INVALID_CREDENTIALS`' })
  @ApiTooManyRequestsResponse({
    type: ErrorResponse,
    description: '`TOO_MANY_LOGIN_ATTEMPTS` (see Retry-After)',
  })
  login(@Body() body: LoginDto): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password);
  }

  @Get('me')
  @Roles('admin', 'reception', 'adviser')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in staff member' })
  @ApiOkResponse({ type: StaffResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
  me(@CurrentStaff() staff: StaffPrincipal): Promise<StaffResponse> {
    return this.auth.me(staff.id);
  }
}
