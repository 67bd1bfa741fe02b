import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { GuardedChangeDto } from '../../common/dto/guarded-change.dto.js';
import { CODE, LOCAL_DATE, LOCAL_TIME, NotBefore, upper } from '../../common/validation/spans.js';
import { LOCATION_KINDS, type LocationKind } from '../entities/location.entity.js';

export class CreateLocationDto {
  @ApiProperty({ example: 'RONDE' })
  @Transform(upper)
  @Matches(CODE, { message: 'code must be UPPER_SNAKE_CASE' })
  code: string;

  @ApiProperty({ example: 'Borgerservice Rønde' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ enum: LOCATION_KINDS })
  @IsIn(LOCATION_KINDS)
  kind: LocationKind;

  @ApiProperty({ example: 'Hovedgaden 1, 8410 Rønde' })
  @IsString()
  @Length(1, 200)
  address: string;

  @ApiPropertyOptional({ example: 'Europe/Copenhagen' })
  @IsOptional()
  @IsIn(Intl.supportedValuesOf('timeZone'), { message: 'timeZone must be an IANA time zone' })
  timeZone?: string;

  @ApiPropertyOptional({ example: 15, enum: [5, 10, 15, 20, 30, 60] })
  @IsOptional()
  @IsIn([5, 10, 15, 20, 30, 60])
  slotMinutes?: number;
}

export class UpdateLocationDto extends GuardedChangeDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  address?: string;

  @ApiPropertyOptional({ description: 'false takes the location out of use.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class StationDto extends GuardedChangeDto {
  @ApiPropertyOptional({ example: 'Skranke 7' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['PAS_VOKSEN', 'FLYT'],
    description: 'Errand codes it can handle.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(CODE, { each: true })
  errands?: string[];

  @ApiPropertyOptional({ description: 'false takes the station out of use.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class CreateStationDto extends StationDto {
  @ApiProperty({ example: 'Skranke 7' })
  @IsString()
  @Length(1, 100)
  declare name: string;
}

export class WeeklyHoursDto {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @ApiProperty({ example: '10:00' })
  @Matches(LOCAL_TIME, { message: 'opens must be HH:mm' })
  opens: string;

  @ApiProperty({ example: '14:00' })
  @Matches(LOCAL_TIME, { message: 'closes must be HH:mm' })
  @NotBefore('opens', 'time', true)
  closes: string;

  @ApiPropertyOptional({ example: '2027-07-01' })
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'validFrom must be a date YYYY-MM-DD' })
  validFrom?: string;

  @ApiPropertyOptional({ example: '2027-08-14' })
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'validTo must be a date YYYY-MM-DD' })
  @NotBefore('validFrom', 'date', false)
  validTo?: string;
}

export class OpeningHoursDto extends GuardedChangeDto {
  @ApiProperty({ type: [WeeklyHoursDto], description: 'The whole set; replaces the current one.' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => WeeklyHoursDto)
  hours: WeeklyHoursDto[];
}

export class CreateClosureDto extends GuardedChangeDto {
  @ApiPropertyOptional({ example: 'MAIN', description: 'Location code or id; omitted = every location.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  location?: string;

  @ApiProperty({ example: '2026-12-09' })
  @Matches(LOCAL_DATE, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn: string;

  @ApiProperty({ example: '2026-12-09' })
  @Matches(LOCAL_DATE, { message: 'endsOn must be a date YYYY-MM-DD' })
  @NotBefore('startsOn', 'date', false)
  endsOn: string;

  @ApiProperty({ example: 'Personaledag' })
  @IsString()
  @Length(1, 200)
  reason: string;
}
