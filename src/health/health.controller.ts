import { Controller, Get } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DatabaseUnavailableError } from '../common/errors/domain-error.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { DatabaseOutageWatcher } from '../database/database-outage.watcher.js';

/** Below the 2 s within which every answer comes, also when the pool's own limits add up. */
const PING_TIMEOUT_MS = 1500;

class HealthResponse {
  @ApiProperty({ example: 'ok' })
  status: 'ok';

  @ApiProperty({ example: 'up' })
  database: 'up';
}

/** Declared beside the other errors raised outside the modules; kept importable from here. */
export { DatabaseUnavailableError };

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outage: DatabaseOutageWatcher,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and database ping (for load balancers and monitoring)' })
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: ErrorResponse, description: '`DATABASE_UNAVAILABLE`' })
  async check(): Promise<HealthResponse> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database ping timed out')), PING_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
    } catch (error) {
      this.outage.failed(error);
      throw new DatabaseUnavailableError();
    } finally {
      clearTimeout(timer);
    }
    return { status: 'ok', database: 'up' };
  }
}
