import { randomBytes } from 'node:crypto';
import { Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsService } from '../config/settings.service.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginFailure } from './entities/login-failure.entity.js';
import { StaffAccount } from './entities/staff-account.entity.js';
import { StaffGuard } from './staff.guard.js';

/** Staff sign-in and roles; everything about authentication lives here (OpenID Connect can replace it). */
@Module({
  imports: [
    TypeOrmModule.forFeature([StaffAccount, LoginFailure]),
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
        return { secret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, { provide: APP_GUARD, useClass: StaffGuard }],
})
export class AuthModule {}
