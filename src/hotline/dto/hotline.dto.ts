import { ApiProperty } from '@nestjs/swagger';
import { BookingErrandResponse } from '../../bookings/dto/booking.dto.js';
import { CALLBACK_OUTCOMES, type CallbackOutcome } from '../../bookings/entities/booking.entity.js';
import { IsInstant } from '../../common/validation/is-instant.js';
import { IsLocalDate } from '../../common/validation/local-date-time.js';
import { IsOneOf } from '../../common/validation/one-of.js';
import { TrimmedText } from '../../common/validation/text.js';
import { StaffRefResponse } from '../../visits/dto/visit.dto.js';

export class HotlineDayQuery {
  @IsLocalDate({ optional: true, description: 'Local date; default today.' })
  date?: string;
}

export class CancelCallbackDto {
  @TrimmedText({
    min: 1,
    max: 500,
    example: 'Borgeren ringede: har fået hjælp andetsteds',
    description: 'Why; a note for staff (the citizen cancelled), kept until the personal data is erased.',
  })
  reason: string;
}

export class MoveCallbackDto {
  @IsInstant({
    example: '2026-11-26T10:00:00+01:00',
    description: 'A free call time at the callback’s hotline place (GET /availability with the place).',
  })
  start: string;

  @TrimmedText({ min: 1, max: 500, example: 'Borgeren bad om en senere tid', description: 'Why.' })
  reason: string;
}

export class CallOutcomeDto {
  @IsOneOf(CALLBACK_OUTCOMES, {
    description:
      '`no_answer` the first time sends the callback back for a second try; the second time it ends it.',
  })
  outcome: CallbackOutcome;

  @TrimmedText({
    min: 1,
    max: 100,
    optional: true,
    example: 'mitid-app',
    description: 'With `sent_to_self_service` only: the key of one of the errand’s self-service options.',
  })
  guidanceOption?: string;
}

/** A callback as hotline staff see it: the citizen's name and the number to call. */
export class CallbackResponse {
  @ApiProperty({ example: 'K7NP-A4TX' })
  reference: string;

  @ApiProperty({ enum: ['booked', 'in_progress', 'completed', 'cancelled'] })
  status: string;

  @ApiProperty({ example: '2026-12-01T10:00:00+01:00' })
  start: string;

  @ApiProperty({ example: '2026-12-01T10:15:00+01:00' })
  end: string;

  @ApiProperty({ type: BookingErrandResponse })
  errand: BookingErrandResponse;

  @ApiProperty({ type: String, nullable: true })
  citizenName: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The number to call.' })
  citizenPhone: string | null;

  @ApiProperty({ type: StaffRefResponse, description: 'The hotline adviser it was booked with.' })
  adviser: StaffRefResponse;

  @ApiProperty({ description: 'Calls that went unanswered (0–2).' })
  callAttempts: number;

  @ApiProperty({ type: String, nullable: true, description: 'When the last unanswered call was made.' })
  lastCallAt: string | null;

  @ApiProperty({ enum: CALLBACK_OUTCOMES, nullable: true })
  outcome: CallbackOutcome | null;

  @ApiProperty({ type: String, nullable: true })
  guidanceOption: string | null;
}
