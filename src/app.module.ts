import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream, LevelWithSilent } from 'pino';
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
import { NotificationsModule } from './notifications/notifications.module.js';
import { StaffingModule } from './staffing/staffing.module.js';
import { StatsModule } from './stats/stats.module.js';
import { REQUEST_LOG_OPTIONS } from './http/request-log.js';
import { VisitsModule } from './visits/visits.module.js';
import { HotlineModule } from './hotline/hotline.module.js';
import { ScreenModule } from './web/screen/screen.module.js';
import { StaffWebModule } from './web/staff/staff-web.module.js';
import { WebModule } from './web/web.module.js';
import { PlacesModule } from './locations/public/places.module.js';
import { ScheduleModule } from '@nestjs/schedule';

export const REQUEST_ID_HEADER = 'x-request-id';
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Reuses a caller's (proxy's) request id when it is sane, so one id follows a request end to end. */
export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && VALID_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Test-only: where the logs go and from which level, instead of stdout and LOG_LEVEL. */
export interface LogTarget {
  stream: DestinationStream;
  level: LevelWithSilent;
}

@Module({})
export class AppModule {
  static forDatabase(databaseUrl: string, log?: LogTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule,
        LoggerModule.forRootAsync({
          inject: [SettingsService],
          useFactory: (settings: SettingsService) => {
            const options = {
              level: log?.level ?? settings.get('LOG_LEVEL'),
              // Fastify assigned the id already (see configureApp); pino-http logs the same one.
              genReqId: (request: IncomingMessage & { id?: string }) => request.id ?? requestIdFor(request),
              // Search texts, tokens, references and citizens' details must never reach the logs.
              ...REQUEST_LOG_OPTIONS,
              customLogLevel: (_req: IncomingMessage, res: { statusCode: number }, error?: Error) =>
                error || res.statusCode >= 500 ? ('error' as const) : ('info' as const),
            };
            return {
              // nestjs-pino's default route pattern ('{/*splat}') matches nothing on Nest 12's Fastify
              // adapter, which left requests unlogged; '{*splat}' matches every path.
              forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
              pinoHttp: log ? [options, log.stream] : options,
            };
          },
        }),
        DatabaseModule.forUrl(databaseUrl),
        HealthModule,
        ErrandsModule,
        AvailabilityModule,
        BookingsModule,
        NotificationsModule,
        AuthModule,
        LocationsModule,
        PlacesModule,
        StaffingModule,
        VisitsModule,
        HotlineModule,
        CalendarsModule,
        AdminModule,
        StatsModule,
        WebModule,
        StaffWebModule,
        ScreenModule,
        ScheduleModule.forRoot(),
      ],
    };
  }
}
