import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsLocalDate } from '../../common/validation/local-date-time.js';
import { NotBefore } from '../../common/validation/spans.js';

export class AdviserSummaryResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Jonas Holm' })
  name: string;

  @ApiProperty({ example: 'jonas.holm@kommune.dk' })
  email: string;

  @ApiProperty({ description: 'false: out of use (gets no visits).' })
  active: boolean;

  @ApiProperty({ type: [String], example: ['PAS_VOKSEN'], description: 'Codes of the errands they handle.' })
  errands: string[];

  @ApiProperty({
    type: [String],
    example: ['MAIN'],
    description: 'Codes of the places they have working time at.',
  })
  locations: string[];
}

/** One weekly row, field for field what PUT /admin/advisers/{id}/working-times takes. */
export class WorkingTimeResponse {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' })
  weekday: number;

  @ApiProperty({ example: 'MAIN', description: 'The location code.' })
  location: string;

  @ApiProperty({ example: '09:00' })
  starts: string;

  @ApiProperty({ example: '15:00' })
  ends: string;

  @ApiPropertyOptional({ example: '2027-07-01', description: 'Left out for an open-ended row.' })
  validFrom?: string;

  @ApiPropertyOptional({ example: '2027-08-14', description: 'Left out for an open-ended row.' })
  validTo?: string;
}

export class WorkingTimesResponse {
  @ApiProperty({ type: [WorkingTimeResponse] })
  times: WorkingTimeResponse[];
}

export class AbsenceResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  adviserId: string;

  @ApiProperty({ example: 'Jonas Holm' })
  adviserName: string;

  @ApiProperty({ example: '2026-12-03T00:00:00+01:00' })
  startsAt: string;

  @ApiProperty({ example: '2026-12-04T00:00:00+01:00' })
  endsAt: string;

  @ApiProperty({ example: 'Sygdom' })
  reason: string;
}

export class AdviserDetailResponse extends AdviserSummaryResponse {
  @ApiProperty({
    type: WorkingTimesResponse,
    description: 'The weekly working time as PUT …/working-times takes it: send it back as the body.',
  })
  workingTimes: WorkingTimesResponse;

  @ApiProperty({ type: [AbsenceResponse], description: 'Absences that have not ended, earliest first.' })
  absences: AbsenceResponse[];
}

export class AbsencesQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this adviser’s absences.' })
  @IsOptional()
  @IsUUID()
  adviser?: string;

  @IsLocalDate({ optional: true, description: 'Absences that end on or after this day; default today.' })
  from?: string;

  @IsLocalDate({ optional: true, description: 'Absences that begin on or before this day.' })
  @NotBefore('from', 'date', false)
  to?: string;
}
