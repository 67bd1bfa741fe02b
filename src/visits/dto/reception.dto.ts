import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional } from 'class-validator';
import { VisitResponse } from './visit.dto.js';
import { IsCode, IsLocationRef } from '../../common/validation/codes.js';
import { IsLocalDate } from '../../common/validation/local-date-time.js';
import { PersonName, TrimmedText } from '../../common/validation/text.js';
import { TriageResponse } from '../../errands/dto/triage.dto.js';

export class DateQuery {
  @IsLocalDate({ optional: true, description: 'Local date; default today.' })
  date?: string;
}

export class CheckInDto {
  @TrimmedText({
    min: 8,
    max: 12,
    example: 'K7NP-A4TX',
    description: 'Booking reference (any case, dash optional), e.g. from the QR code.',
  })
  reference: string;

  @IsLocationRef({ description: 'Where reception is.' })
  location: string;
}

export class CheckInResponse extends VisitResponse {
  @ApiProperty({ example: 12, description: 'Minutes before the start (negative: late).' })
  minutesEarly: number;
}

export class WalkInDto {
  @IsLocationRef()
  location: string;

  @IsCode({ anyCase: true, example: 'PAS_VOKSEN', description: 'Errand code from GET /errands.' })
  errand: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'boolean' },
    example: { has_mitid: true, has_old_passport: true },
    description: 'Question key → yes/no, for the questions of GET /errands/{code}.',
  })
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;

  @PersonName({
    min: 0,
    max: 100,
    optional: true,
    example: 'Karen Jensen',
    description: 'Only to call the citizen by name; may be left out.',
  })
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
