import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Clock, SystemClock } from '../common/clock/clock.js';
import { loadSettings } from './settings.js';
import { SettingsService } from './settings.service.js';

/** Validated settings and the clock, available everywhere. */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ ignoreEnvFile: true, validate: loadSettings })],
  providers: [SettingsService, { provide: Clock, useClass: SystemClock }],
  exports: [SettingsService, Clock],
})
export class AppConfigModule {}
