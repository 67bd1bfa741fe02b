import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AdminModule } from './admin/admin.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AvailabilityModule } from './availability/availability.module.js';
import { BookingsModule } from './bookings/bookings.module.js';
import { CalendarsModule } from './calendars/calendars.module.js';
import { AppConfigModule } from './config/config.module.js';
import { SettingsService } from './config/settings.service.js';
import { DatabaseModule } from './database/database.module.js';
import { ErrandsModule } from './errands/errands.module.js';
import { HealthModule } from './health/health.module.js';
import { LocationsModule } from './locations/locations.module.js';
import { StaffingModule } from './staffing/staffing.module.js';
import { VisitsModule } from './visits/visits.module.js';
import { ScheduleModule } from '@nestjs/schedule';

export const REQUEST_ID_HEADER = 'x-request-id';
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Reuses a caller's (proxy's) request id when it is sane, so one id follows a request end to end. */
export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && VALID_REQUEST_ID.test(given) ? given : randomUUID();
}

@Module({})
export class AppModule {
  static forDatabase(databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule,
        LoggerModule.forRootAsync({
          inject: [SettingsService],
          useFactory: (settings: SettingsService) => ({
            // nestjs-pino's default route pattern ('{/*splat}') matches nothing on Nest 12's Fastify
            // adapter, which left requests unlogged; '{*splat}' matches every path.
            forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
            pinoHttp: {
              level: settings.get('LOG_LEVEL'),
              // Fastify assigned the id already (see configureApp); pino-http logs the same one.
              genReqId: (request: IncomingMessage & { id?: string }) => request.id ?? requestIdFor(request),
              redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["idempotency-key"]'],
              // Manage and feed tokens travel in query strings; they must never reach the logs.
              serializers: {
                req: (req: { url?: string; query?: unknown }) => ({
                  ...req,
                  url: req.url?.replace(/([?&]token=)[^&]*/g, '$1[redacted]'),
                  query: undefined,
                }),
              },
              customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
            },
          }),
        }),
        DatabaseModule.forUrl(databaseUrl),
        HealthModule,
        ErrandsModule,
        AvailabilityModule,
        BookingsModule,
        AuthModule,
        LocationsModule,
        StaffingModule,
        VisitsModule,
        CalendarsModule,
        AdminModule,
        ScheduleModule.forRoot(),
      ],
    };
  }
}
