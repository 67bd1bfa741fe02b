import { ApiProperty } from '@nestjs/swagger';
import { VisitResponse } from './visit.dto.js';

export class WorkingPeriodResponse {
  @ApiProperty({ example: 'MAIN' })
  location: string;

  @ApiProperty({ example: 'Borgerservice Ebeltoft' })
  locationName: string;

  @ApiProperty({ example: '2026-12-01T09:30:00+01:00' })
  starts: string;

  @ApiProperty({ example: '2026-12-01T14:30:00+01:00' })
  ends: string;
}

export class AwayResponse {
  @ApiProperty({ example: '2026-12-01T11:00:00+01:00' })
  starts: string;

  @ApiProperty({ example: '2026-12-01T12:00:00+01:00' })
  ends: string;

  @ApiProperty({ example: 'Kursus' })
  reason: string;
}

export class ClosedResponse {
  @ApiProperty({ example: 'MAIN' })
  location: string;

  @ApiProperty({ example: 'Borgerservice Ebeltoft' })
  locationName: string;

  @ApiProperty({ example: 'Personaledag', description: 'A public holiday, municipal closed day or closure.' })
  reason: string;
}

export class AdviserDayResponse {
  @ApiProperty({ example: '2026-12-01' })
  date: string;

  @ApiProperty({
    type: [WorkingPeriodResponse],
    description: 'What is left of the shifts after closed days and absences.',
  })
  workingTime: WorkingPeriodResponse[];

  @ApiProperty({ type: [AwayResponse], description: 'Absences that day (illness, holiday, course).' })
  away: AwayResponse[];

  @ApiProperty({ type: [ClosedResponse], description: 'Locations where a shift falls on a closed day.' })
  closed: ClosedResponse[];

  @ApiProperty({ type: [VisitResponse], description: 'In time order, with status and whether checked in.' })
  visits: VisitResponse[];
}
