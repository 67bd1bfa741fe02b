import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { TriageErrandResponse } from '../errands/dto/triage.dto.js';

/** This century only: nothing is booked before 2000 or after 2099. */
const LOCAL_DATE = /^20\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// The pattern alone lets impossible dates such as 2026-02-30 through; strict ISO 8601 refuses them.
const CALENDAR_DATE = { strict: true } as const;

export class AvailabilityQuery {
  @ApiProperty({ format: 'uuid', description: 'A triage with outcome `visit` (POST /triage).' })
  @IsUUID()
  triage: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'First local day (default today).' })
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'from must be a date YYYY-MM-DD' })
  @IsISO8601(CALENDAR_DATE, { message: 'from must be a date that exists in the calendar' })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-14',
    description: 'Last local day, inclusive (default from + 13 days; at most 31 days).',
  })
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'to must be a date YYYY-MM-DD' })
  @IsISO8601(CALENDAR_DATE, { message: 'to must be a date that exists in the calendar' })
  to?: string;

  @ApiPropertyOptional({ example: 'MAIN', description: 'A location code or id; default every location.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  location?: string;
}

export class LocationRefResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'MAIN' })
  code: string;

  @ApiProperty({ example: 'Borgerservice Ebeltoft' })
  name: string;
}

export class SlotResponse {
  @ApiProperty({ example: '2026-12-01T10:00:00+01:00' })
  start: string;

  @ApiProperty({ example: '2026-12-01T10:15:00+01:00' })
  end: string;

  @ApiProperty({ type: LocationRefResponse })
  location: LocationRefResponse;

  @ApiProperty({
    example: 3,
    description: 'Stations that can handle the errand and are free for the whole visit.',
  })
  freeStations: number;

  @ApiProperty({
    example: 2,
    description: 'Visits that can still be booked at this start (free stations and advisers).',
  })
  capacity: number;
}

export class DayResponse {
  @ApiProperty({ example: '2026-12-01' })
  date: string;

  @ApiProperty({ type: [SlotResponse] })
  slots: SlotResponse[];
}

export class AvailabilityResponse {
  @ApiProperty({ format: 'uuid' })
  triage: string;

  @ApiProperty({ type: TriageErrandResponse })
  errand: TriageErrandResponse;

  @ApiProperty({ example: 15, description: 'Length of the visit.' })
  minutes: number;

  @ApiProperty({ example: '2026-12-01' })
  from: string;

  @ApiProperty({ example: '2026-12-14' })
  to: string;

  @ApiProperty({
    type: [DayResponse],
    description: 'Every local day of the range, in order; closed days have no slots.',
  })
  days: DayResponse[];
}
