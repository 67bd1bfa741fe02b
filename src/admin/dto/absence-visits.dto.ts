import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChangeResponse } from '../../common/dto/guarded-change.dto.js';
import { IsText } from '../../common/validation/text.js';
import { AbsenceResponse } from '../../staffing/admin/advisers-admin.dto.js';

class NamedRef {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Jonas Holm' })
  name: string;
}

/** A visit as the administration sees it around an absence: no citizen's name or contact. */
export class VisitResponse {
  @ApiProperty({ example: 'K7NP-A4TX' })
  reference: string;

  @ApiProperty({ example: '2026-12-01T10:00:00+01:00' })
  start: string;

  @ApiProperty({ example: '2026-12-01T10:20:00+01:00' })
  end: string;

  @ApiProperty({ example: 'MAIN' })
  location: string;

  @ApiProperty({ example: 'PAS_VOKSEN' })
  errand: string;

  @ApiProperty({ example: 'booked' })
  status: string;

  @ApiProperty({ type: NamedRef, description: 'The adviser who has the visit now.' })
  adviser: NamedRef;

  @ApiProperty({ type: NamedRef, nullable: true, description: 'None for a hotline callback.' })
  station: NamedRef | null;
}

/** An absence recorded with `moveVisits: true`. */
export class AbsenceChangeResponse extends ChangeResponse {
  @ApiPropertyOptional({
    type: [VisitResponse],
    description: 'With moveVisits: the visits handed to a free colleague at the same time.',
  })
  moved?: VisitResponse[];

  @ApiPropertyOptional({
    type: [VisitResponse],
    description: 'With moveVisits: the visits nobody free could take; still booked unless cancelBookings.',
  })
  notMoved?: VisitResponse[];
}

export class AbsenceVisitsResponse {
  @ApiProperty({ type: AbsenceResponse })
  absence: AbsenceResponse;

  @ApiProperty({ type: [VisitResponse], description: 'Visits moved to a colleague because of the absence.' })
  moved: VisitResponse[];

  @ApiProperty({
    type: [VisitResponse],
    description: 'Visits in the absence still with the absent adviser (booked or checked in, not over).',
  })
  notMoved: VisitResponse[];

  @ApiProperty({ type: [VisitResponse], description: 'Visits this request cancelled (cancel-visits only).' })
  cancelled: VisitResponse[];
}

export class CancelVisitsDto {
  @IsText({
    min: 1,
    max: 200,
    example: 'Rådgiveren er syg, og ingen kollega er ledig',
    description: 'Told to the citizen.',
  })
  reason: string;
}
