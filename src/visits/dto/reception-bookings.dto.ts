import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsLocationRef } from '../../common/validation/codes.js';
import { IsInstant } from '../../common/validation/is-instant.js';
import { IsLocalDate } from '../../common/validation/local-date-time.js';
import { PersonName, TrimmedText } from '../../common/validation/text.js';
import { VisitResponse } from './visit.dto.js';

export class BookingSearchQuery {
  @TrimmedText({
    min: 2,
    max: 100,
    example: 'Karen Jensen',
    description: 'A booking reference, a Danish phone number, an e-mail address, or words of the name.',
  })
  q: string;
}

export class StaffCancelDto {
  @TrimmedText({
    min: 1,
    max: 500,
    example: 'Borgeren ringede: kan ikke komme',
    description: 'Why; kept on the booking until its personal data is erased.',
  })
  reason: string;
}

export class StaffRescheduleDto {
  @IsInstant({ example: '2026-12-02T11:00:00+01:00', description: 'A start from …/free-times.' })
  start: string;

  @TrimmedText({ min: 1, max: 500, example: 'Borgeren bad om en senere tid', description: 'Why.' })
  reason: string;
}

export class FreeTimesQuery {
  @IsLocalDate({ optional: true, example: '2026-12-01', description: 'First local day (default today).' })
  from?: string;

  @IsLocalDate({
    optional: true,
    description: 'Last local day, inclusive (default from + 13 days; at most 31).',
  })
  to?: string;
}

export class BookLaterDto {
  @IsLocationRef({ description: 'Where reception is.' })
  location: string;

  @ApiProperty({ type: String, format: 'uuid', description: 'The walk-in’s triage (outcome `visit`).' })
  @IsUUID()
  triage: string;

  @IsInstant({ description: 'The `nextAvailable.start` of POST /reception/walk-ins, or another free start.' })
  start: string;

  @PersonName({ min: 1, max: 100, example: 'Karen Jensen', description: 'Who comes back then.' })
  name: string;
}

export class TriageAnswerResponse {
  @ApiProperty({ example: 'has_mitid' })
  key: string;

  @ApiProperty({ example: 'Har du MitID?' })
  question: string;

  @ApiProperty({ enum: ['yes', 'no', 'skipped'] })
  answer: 'yes' | 'no' | 'skipped';
}

export class BookingTriageResponse {
  @ApiProperty({ enum: ['self_service', 'visit', 'not_yet', 'elsewhere'] })
  outcome: string;

  @ApiProperty({ description: 'Why triage decided so.' })
  reason: string;

  @ApiProperty({ type: [TriageAnswerResponse], description: 'Each question in order, with the answer.' })
  answers: TriageAnswerResponse[];
}

export class ContactResponse {
  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;
}

export class LocationNameResponse {
  @ApiProperty({ example: 'MAIN' })
  code: string;

  @ApiProperty({ example: 'Borgerservice Ebeltoft' })
  name: string;
}

/** A booking as reception reads it for a citizen who asks: the visit, contact, reasons and answers. */
export class ReceptionBookingResponse extends VisitResponse {
  @ApiProperty({ type: LocationNameResponse })
  location: LocationNameResponse;

  @ApiProperty({ type: ContactResponse, description: 'How to reach the citizen.' })
  contact: ContactResponse;

  @ApiProperty({ type: String, nullable: true })
  cancelReason: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why staff last moved it.' })
  moveReason: string | null;

  @ApiProperty({ type: BookingTriageResponse })
  triage: BookingTriageResponse;
}

export class FreeDayResponse {
  @ApiProperty({ example: '2026-12-01' })
  date: string;

  @ApiProperty({ type: [String], example: ['2026-12-01T10:00:00+01:00'] })
  starts: string[];
}

export class FreeTimesResponse {
  @ApiProperty({ type: [FreeDayResponse] })
  days: FreeDayResponse[];
}
