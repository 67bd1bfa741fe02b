import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsService } from '../config/settings.service.js';
import { DatabaseOutageWatcher } from './database-outage.watcher.js';
import { dataSourceOptions } from './data-source.js';

@Module({})
export class DatabaseModule {
  /** `url` is resolved before Nest starts: DATABASE_URL, or the embedded PostgreSQL's. */
  static forUrl(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      // The outage watcher is the application's one view of the database's state (health, errors).
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [SettingsService],
          useFactory: (settings: SettingsService) => ({
            ...dataSourceOptions(url, settings.get('DATABASE_POOL_SIZE')),
            // Fail start-up fast with a clear message instead of retrying for half a minute.
            retryAttempts: 0,
          }),
        }),
      ],
      providers: [DatabaseOutageWatcher],
      exports: [DatabaseOutageWatcher],
    };
  }
}
