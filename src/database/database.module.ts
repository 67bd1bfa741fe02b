import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsService } from '../config/settings.service.js';
import { dataSourceOptions } from './data-source.js';

@Module({})
export class DatabaseModule {
  /** `url` is resolved before Nest starts: DATABASE_URL, or the embedded PostgreSQL's. */
  static forUrl(url: string): DynamicModule {
    return {
      module: DatabaseModule,
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
    };
  }
}
