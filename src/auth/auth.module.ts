import { randomBytes } from 'node:crypto';
import { Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { SettingsService } from '../config/settings.service.js';
import { LocationsModule } from '../locations/locations.module.js';
import { StaffingModule } from '../staffing/staffing.module.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginFailureByIp } from './entities/login-failure-by-ip.entity.js';
import { LoginFailure } from './entities/login-failure.entity.js';
import { StaffAccountLocation } from './entities/staff-account-location.entity.js';
import { StaffAccount } from './entities/staff-account.entity.js';
import { LoginAttempts } from './login-attempts.js';
import { LoginFailuresSweep } from './login-failures.sweep.js';
import { StaffAccountsController } from './staff-accounts.controller.js';
import { StaffAccountsService } from './staff-accounts.service.js';
import { StaffLocationsService } from './staff-locations.service.js';
import { StaffGuard } from './staff.guard.js';
import { StaffSession } from './sessions/staff-session.entity.js';
import { StaffSessions } from './sessions/staff-sessions.service.js';
import { StaffSessionsSweep } from './sessions/staff-sessions.sweep.js';

/**
 * Staff sign-in, roles, staff accounts and where they may work; everything about authentication
 * lives here (OpenID Connect can replace it). Imports the audit module, which brings the audit
 * trail (and its interceptor) into the application with it.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      StaffAccount,
      LoginFailure,
      LoginFailureByIp,
      StaffAccountLocation,
      StaffSession,
    ]),
    JwtModule.registerAsync({
      inject: [SettingsService],
      useFactory: (settings: SettingsService) => {
        let secret = settings.get('JWT_SECRET');
        if (!secret) {
          new Logger('Auth').warn(
            'JWT_SECRET is not set: using a random secret; tokens end when this process does',
          );
          secret = randomBytes(48).toString('base64url');
        }
        // Every token expires: a default lifetime here, whoever signs.
        const expiresIn = settings.get('ACCESS_TOKEN_MINUTES') * 60;
        return {
          secret,
          signOptions: { algorithm: 'HS256', expiresIn },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
    AuditModule,
    LocationsModule,
    StaffingModule,
  ],
  controllers: [AuthController, StaffAccountsController],
  providers: [
    AuthService,
    LoginAttempts,
    LoginFailuresSweep,
    StaffAccountsService,
    StaffLocationsService,
    StaffSessions,
    StaffSessionsSweep,
    { provide: APP_GUARD, useClass: StaffGuard },
  ],
  exports: [AuthService, StaffAccountsService, StaffLocationsService, StaffSessions],
})
export class AuthModule {}
