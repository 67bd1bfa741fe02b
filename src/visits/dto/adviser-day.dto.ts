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

export class AdviserDayResponse {
  @ApiProperty({ example: '2026-12-01' })
  date: string;

  @ApiProperty({ type: [WorkingPeriodResponse] })
  workingTime: WorkingPeriodResponse[];

  @ApiProperty({ type: [VisitResponse], description: 'In time order, with status and whether checked in.' })
  visits: VisitResponse[];
}
