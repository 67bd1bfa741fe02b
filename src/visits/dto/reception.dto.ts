import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsObject, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { VisitResponse } from './visit.dto.js';
import { TriageResponse } from '../../errands/dto/triage.dto.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class DateQuery {
  @ApiPropertyOptional({ example: '2026-12-01', description: 'Local date; default today.' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'date must be a date YYYY-MM-DD' })
  // The pattern lets 2026-02-30 through; a date that does not exist would reach the query as NaN.
  @IsISO8601({ strict: true }, { message: 'date must be a date YYYY-MM-DD' })
  date?: string;
}

export class CheckInDto {
  @ApiProperty({
    example: 'K7NP-A4TX',
    description: 'Booking reference (any case, dash optional), e.g. from the QR code.',
  })
  @Transform(trim)
  @IsString()
  @Length(8, 12)
  reference: string;

  @ApiProperty({ example: 'MAIN', description: 'Where reception is (code or id).' })
  @IsString()
  @Length(1, 64)
  location: string;
}

export class CheckInResponse extends VisitResponse {
  @ApiProperty({ example: 12, description: 'Minutes before the start (negative: late).' })
  minutesEarly: number;
}

export class WalkInDto {
  @ApiProperty({ example: 'MAIN' })
  @IsString()
  @Length(1, 64)
  location: string;

  @ApiProperty({ example: 'PAS_VOKSEN' })
  @IsString()
  @Matches(/^[A-Za-z][A-Za-z0-9_]{1,39}$/, { message: 'errand must be an errand code such as FLYT' })
  errand: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'boolean' } })
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;

  @ApiPropertyOptional({
    example: 'Karen Jensen',
    description: 'Only to call the citizen by name; may be left out.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  name?: string;
}

export class NextTimeResponse {
  @ApiProperty({ example: '2026-12-02T10:00:00+01:00' })
  start: string;

  @ApiProperty({ example: 'MAIN' })
  location: string;
}

export class WalkInResponse {
  @ApiProperty({
    type: TriageResponse,
    description: 'The triage; with `self_service`, the guidance to hand the citizen.',
  })
  triage: TriageResponse;

  @ApiProperty({
    type: VisitResponse,
    nullable: true,
    description: 'Booked and checked in today, when a time was free.',
  })
  visit: VisitResponse | null;

  @ApiProperty({
    type: NextTimeResponse,
    nullable: true,
    description: 'When nothing is free today: the next free time here.',
  })
  nextAvailable: NextTimeResponse | null;
}

export class QueueEntryResponse {
  @ApiProperty({ example: 7 })
  queueNumber: number;

  @ApiProperty({ enum: ['waiting', 'called'] })
  state: 'waiting' | 'called';

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Skranke 2',
    description: 'Where to go, once called.',
  })
  station: string | null;
}

export class QueueResponse {
  @ApiProperty({ example: 'MAIN' })
  location: string;

  @ApiProperty({ type: [QueueEntryResponse], description: 'Queue numbers and stations only: no names.' })
  queue: QueueEntryResponse[];
}
