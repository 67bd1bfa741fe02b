import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { GuardedChangeDto } from '../../common/dto/guarded-change.dto.js';
import { WeeklyRowDto } from '../../common/dto/weekly-row.dto.js';
import { IsCode, IsLocationRef } from '../../common/validation/codes.js';
import { check } from '../../common/validation/field.js';
import { IsLocalDate, IsLocalTime } from '../../common/validation/local-date-time.js';
import { isLocalTime, LOCAL_TIME } from '../../common/validation/patterns.js';
import { IsOneOf } from '../../common/validation/one-of.js';
import { NotBefore } from '../../common/validation/spans.js';
import { IsText } from '../../common/validation/text.js';
import { LOCATION_KINDS, type LocationKind } from '../entities/location.entity.js';

/** How to get to a place, per language; an empty text removes that language's directions. */
export class DirectionsDto {
  @IsText({ min: 0, max: 1000, optional: true, example: 'Indgang fra torvet. Elevator til 1. sal.' })
  da?: string;

  @IsText({ min: 0, max: 1000, optional: true, example: 'Entrance from the square. Lift to the 1st floor.' })
  en?: string;
}

const DIRECTIONS_DOC = {
  type: () => DirectionsDto,
  description: 'How to get there (entrance, floor, parking, bus), in Danish and English; optional.',
};

export class CreateLocationDto {
  @IsCode({ anyCase: true, trim: true, example: 'RONDE', description: 'Stored upper-cased.' })
  code: string;

  @IsText({ min: 1, max: 100, example: 'Borgerservice Rønde' })
  name: string;

  @IsOneOf(LOCATION_KINDS)
  kind: LocationKind;

  @IsText({ min: 1, max: 200, example: 'Hovedgaden 1, 8410 Rønde' })
  address: string;

  @ApiPropertyOptional({
    type: String,
    example: 'Europe/Copenhagen',
    description: 'An IANA time zone; default Europe/Copenhagen.',
  })
  @IsOptional()
  @IsIn(Intl.supportedValuesOf('timeZone'), { message: 'timeZone must be an IANA time zone' })
  timeZone?: string;

  @IsOneOf([5, 10, 15, 20, 30, 60], {
    optional: true,
    example: 15,
    description: 'Minutes between possible start times; default 15.',
  })
  slotMinutes?: number;

  @ApiPropertyOptional(DIRECTIONS_DOC)
  @IsOptional()
  @ValidateNested()
  @Type(() => DirectionsDto)
  directions?: DirectionsDto;
}

export class UpdateLocationDto extends GuardedChangeDto {
  @IsText({ min: 1, max: 100, optional: true })
  name?: string;

  @IsText({ min: 1, max: 200, optional: true })
  address?: string;

  @ApiPropertyOptional(DIRECTIONS_DOC)
  @IsOptional()
  @ValidateNested()
  @Type(() => DirectionsDto)
  directions?: DirectionsDto;

  @ApiPropertyOptional({ type: Boolean, description: 'false takes the location out of use.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/**
 * What adding and changing a station share. The name is declared apart in each: a required field
 * in a subclass does not undo the parent's IsOptional (a missing name reached the database: 500).
 */
class StationFieldsDto extends GuardedChangeDto {
  @IsCode({ each: true, maxItems: 500, optional: true, description: 'Errand codes it can handle.' })
  errands?: string[];

  @ApiPropertyOptional({ type: Boolean, description: 'false takes the station out of use.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class StationDto extends StationFieldsDto {
  @IsText({ min: 1, max: 100, optional: true, example: 'Skranke 7' })
  name?: string;
}

export class CreateStationDto extends StationFieldsDto {
  @IsText({ min: 1, max: 100, example: 'Skranke 7' })
  name: string;
}

export class WeeklyHoursDto extends WeeklyRowDto {
  @IsLocalTime({ example: '10:00' })
  opens: string;

  @IsLocalTime({ example: '14:00', description: 'After opens.' })
  @NotBefore('opens', 'time', true)
  closes: string;
}

export class OpeningHoursDto extends GuardedChangeDto {
  @ApiProperty({ type: [WeeklyHoursDto], description: 'The whole set; replaces the current one.' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => WeeklyHoursDto)
  hours: WeeklyHoursDto[];
}

/** Either time given makes it a closure for some hours: then both must be there. */
const forSomeHours = (closure: { closedFrom?: unknown; closedTo?: unknown }) =>
  closure.closedFrom != null || closure.closedTo != null;

export class CreateClosureDto extends GuardedChangeDto {
  @IsLocationRef({ optional: true, description: 'Omitted = every location.' })
  location?: string;

  @IsLocalDate({ example: '2026-12-09', description: 'First closed day.' })
  startsOn: string;

  @IsLocalDate({ example: '2026-12-09', description: 'Last closed day, inclusive.' })
  @NotBefore('startsOn', 'date', false)
  endsOn: string;

  @IsText({ min: 1, max: 200, example: 'Personaledag' })
  reason: string;

  @ApiPropertyOptional({
    type: String,
    pattern: LOCAL_TIME.source,
    example: '12:00',
    description:
      'With closedTo: closed only between these local times on each of the days. Both omitted: all day.',
  })
  @ValidateIf(forSomeHours)
  @check('isLocalTime', isLocalTime, (property) => `${property} must be a time HH:mm from 00:00 to 23:59`)
  closedFrom?: string;

  @ApiPropertyOptional({
    type: String,
    pattern: LOCAL_TIME.source,
    example: '13:00',
    description: 'After closedFrom.',
  })
  @ValidateIf(forSomeHours)
  @check('isLocalTime', isLocalTime, (property) => `${property} must be a time HH:mm from 00:00 to 23:59`)
  @NotBefore('closedFrom', 'time', true)
  closedTo?: string;
}
