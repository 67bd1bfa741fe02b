import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { GuardedChangeDto } from '../../common/dto/guarded-change.dto.js';
import { WeeklyRowDto } from '../../common/dto/weekly-row.dto.js';
import { IsCode, IsLocationRef } from '../../common/validation/codes.js';
import { IsInstant } from '../../common/validation/is-instant.js';
import { IsLocalTime } from '../../common/validation/local-date-time.js';
import { NotBefore } from '../../common/validation/spans.js';
import { IsEmailAddress, IsText, PersonName } from '../../common/validation/text.js';

/**
 * What adding and changing an adviser share. Name and e-mail are declared apart in each: a required
 * field in a subclass does not undo the parent's IsOptional (a missing one reached the database: 500).
 */
class AdviserFieldsDto extends GuardedChangeDto {
  @IsCode({ each: true, maxItems: 500, optional: true, description: 'Errand codes the adviser handles.' })
  errands?: string[];

  @ApiPropertyOptional({ type: Boolean, description: 'false takes the adviser out of use.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class AdviserDto extends AdviserFieldsDto {
  @PersonName({ min: 1, max: 100, optional: true, example: 'Jonas Holm' })
  name?: string;

  @IsEmailAddress({ optional: true, example: 'jonas.holm@kommune.dk' })
  email?: string;
}

export class CreateAdviserDto extends AdviserFieldsDto {
  @PersonName({ min: 1, max: 100, example: 'Jonas Holm' })
  name: string;

  @IsEmailAddress({ example: 'jonas.holm@kommune.dk' })
  email: string;
}

export class WorkingTimeDto extends WeeklyRowDto {
  @IsLocationRef()
  location: string;

  @IsLocalTime({ example: '09:30' })
  starts: string;

  @IsLocalTime({ example: '14:30', description: 'After starts.' })
  @NotBefore('starts', 'time', true)
  ends: string;
}

export class WorkingTimesDto extends GuardedChangeDto {
  @ApiProperty({ type: [WorkingTimeDto], description: 'The whole weekly pattern; replaces the current one.' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => WorkingTimeDto)
  times: WorkingTimeDto[];
}

export class AbsenceDto extends GuardedChangeDto {
  @IsInstant({ example: '2026-12-03T00:00:00+01:00' })
  startsAt: string;

  @IsInstant({ example: '2026-12-04T00:00:00+01:00', description: 'After startsAt.' })
  @NotBefore('startsAt', 'instant', true)
  endsAt: string;

  @IsText({ min: 1, max: 200, example: 'Sygdom' })
  reason: string;
  @ApiPropertyOptional({
    type: Boolean,
    description:
      'Hand the adviser’s visits in the absence to free colleagues at the same time; the answer lists ' +
      'those moved and those nobody could take (recorded anyway; still booked unless cancelBookings).',
  })
  @IsOptional()
  @IsBoolean()
  moveVisits?: boolean;
}
