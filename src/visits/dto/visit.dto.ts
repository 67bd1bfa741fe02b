import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { VISIT_OUTCOMES, type VisitOutcome } from '../../bookings/entities/booking.entity.js';
import { BookingErrandResponse, BookingStationResponse } from '../../bookings/dto/booking.dto.js';
import { IsOneOf } from '../../common/validation/one-of.js';

export class CompleteVisitDto {
  @IsOneOf(VISIT_OUTCOMES, { description: '`self_served_with_help` is the co-service goal.' })
  outcome: VisitOutcome;

  @ApiProperty({ type: Boolean, description: 'Can the citizen do this errand alone next time?' })
  @IsBoolean()
  canDoAloneNextTime: boolean;
}

export class StaffRefResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

/** A visit as staff see it (reception and advisers); has the citizen's name, never contact details. */
export class VisitResponse {
  @ApiProperty({ example: 'K7NP-A4TX' })
  reference: string;

  @ApiProperty({
    enum: ['booked', 'checked_in', 'called', 'in_progress', 'completed', 'no_show', 'cancelled'],
  })
  status: string;

  @ApiProperty({ example: '2026-12-01T10:00:00+01:00' })
  start: string;

  @ApiProperty({ example: '2026-12-01T10:15:00+01:00' })
  end: string;

  @ApiProperty({ type: BookingErrandResponse })
  errand: BookingErrandResponse;

  @ApiProperty({ type: String, nullable: true })
  citizenName: string | null;

  @ApiProperty({ type: [String], description: 'What the citizen was asked to bring.' })
  documents: string[];

  @ApiProperty({ type: BookingStationResponse })
  station: BookingStationResponse;

  @ApiProperty({ type: StaffRefResponse })
  adviser: StaffRefResponse;

  @ApiProperty()
  checkedIn: boolean;

  @ApiProperty({ type: Number, nullable: true })
  queueNumber: number | null;

  @ApiProperty({ enum: ['online', 'walk_in'] })
  source: string;

  @ApiPropertyOptional({ enum: VISIT_OUTCOMES, nullable: true })
  outcome: VisitOutcome | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true })
  canDoAloneNextTime: boolean | null;
}
