import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsInstant } from '../../common/validation/is-instant.js';
import { IsText } from '../../common/validation/text.js';

const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value;

export class AuditQuery {
  @IsInstant({ optional: true, description: 'From this time (inclusive).' })
  from?: string;

  @IsInstant({ optional: true, description: 'Until this time (exclusive).' })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The staff account that acted.' })
  @IsOptional()
  @IsUUID()
  actor?: string;

  @IsText({ optional: true, min: 1, max: 100, example: 'arrivals.read' })
  action?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export class AuditEventResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2026-11-25T09:00:00.000Z' })
  at: string;

  @ApiProperty({ format: 'uuid', description: 'The staff account that acted.' })
  actor: string;

  @ApiProperty({ example: 'arrivals.read' })
  action: string;

  @ApiProperty({ type: [String], description: 'References of the bookings read or changed.' })
  bookings: string[];

  @ApiProperty({ type: [String], description: 'Ids or codes of the other objects concerned.' })
  objects: string[];
}

export class AuditPageResponse {
  @ApiProperty({ type: [AuditEventResponse] })
  items: AuditEventResponse[];

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;

  @ApiProperty({ description: 'Events matching the filter, on all pages.' })
  total: number;
}
