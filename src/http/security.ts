import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SettingsService } from '../config/settings.service.js';

/** Security headers, CORS and caching rules for every answer. */
export async function registerSecurity(
  _app: NestFastifyApplication,
  _settings: SettingsService,
): Promise<void> {}
