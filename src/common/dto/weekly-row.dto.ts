import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsLocalDate } from '../validation/local-date-time.js';
import { NotBefore } from '../validation/spans.js';

/**
 * What opening hours and working time share: an ISO weekday, and optionally a period the row
 * applies in (rows with a period replace the open-ended rows on the dates they cover).
 */
export class WeeklyRowDto {
  @ApiProperty({ type: Number, minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @IsLocalDate({ optional: true, example: '2027-07-01', description: 'First day the row applies.' })
  validFrom?: string;

  @IsLocalDate({ optional: true, example: '2027-08-14', description: 'Last day the row applies.' })
  @NotBefore('validFrom', 'date', false)
  validTo?: string;
}
