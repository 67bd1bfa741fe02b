import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

/** Changes that can make existing bookings impossible take this flag (see BookingGuardService). */
export class GuardedChangeDto {
  @ApiPropertyOptional({
    description: 'Cancel the bookings the change would break (default: refuse with 409).',
  })
  @IsOptional()
  @IsBoolean()
  cancelBookings?: boolean;
}

export class AffectedBookingResponse {
  @ApiProperty({ example: 'K7NP-A4TX' })
  reference: string;

  @ApiProperty({ example: '2026-12-01T10:00:00+01:00' })
  start: string;

  @ApiProperty({ example: 'MAIN' })
  location: string;

  @ApiProperty({ example: 'PAS_VOKSEN' })
  errand: string;

  @ApiProperty({ example: 'booked' })
  status: string;
}

export class ChangeWarningResponse {
  @ApiProperty({ example: 'NO_ACTIVE_STATION', enum: ['NO_ACTIVE_STATION', 'NO_ACTIVE_ADVISER'] })
  code: string;

  @ApiProperty({ example: 'No station in use can handle the errand, so no visit can be booked for it.' })
  message: string;
}

export class ChangeResponse {
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  id: string | null;

  @ApiProperty({
    type: [AffectedBookingResponse],
    description: 'Bookings cancelled because of the change (only with cancelBookings: true).',
  })
  cancelledBookings: AffectedBookingResponse[];

  @ApiPropertyOptional({
    type: [ChangeWarningResponse],
    description: 'Saved, but worth a look: e.g. an errand in use that no station or adviser can handle.',
  })
  warnings?: ChangeWarningResponse[];
}
