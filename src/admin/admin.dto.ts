import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  registerDecorator,
  type ValidationArguments,
  ValidateNested,
} from 'class-validator';
import { IsInstant, isInstant } from '../common/validation/is-instant.js';
import { LOCATION_KINDS, type LocationKind } from '../locations/entities/location.entity.js';

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const LOCAL_DATE = /^20\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const upper = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

type Span = 'time' | 'date' | 'instant';
const WELL_FORMED: Record<Span, (value: unknown) => value is string> = {
  time: (value): value is string => typeof value === 'string' && LOCAL_TIME.test(value),
  date: (value): value is string => typeof value === 'string' && LOCAL_DATE.test(value),
  instant: isInstant,
};

/**
 * The end of a span must come after its start (`strictly`) or not before it, as the database's
 * CHECK constraints demand; a reversed span is the caller's mistake (400), not a server error.
 * Only compared when both ends are well-formed (the format has its own message).
 */
function NotBefore(start: string, span: Span, strictly: boolean): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notBefore',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [start],
      options: { message: `${String(propertyName)} must be ${strictly ? 'after' : 'on or after'} ${start}` },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const from = (args.object as Record<string, unknown>)[start];
          if (!WELL_FORMED[span](value) || !WELL_FORMED[span](from)) return true;
          const [a, b] = span === 'instant' ? [Date.parse(value), Date.parse(from)] : [value, from];
          return strictly ? a > b : a >= b;
        },
      },
    });
}

/** Changes that can make existing bookings impossible take this flag (see BookingGuardService). */
export class GuardedChangeDto {
  @ApiPropertyOptional({
    description: 'Cancel the bookings the change would break (default: refuse with 409).',
  })
  @IsOptional()
  @IsBoolean()
  cancelBookings?: boolean;
}

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

export class AdviserDto extends GuardedChangeDto {
  @ApiPropertyOptional({ example: 'Jonas Holm' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ example: 'jonas.holm@kommune.dk' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ type: [String], description: 'Errand codes the adviser handles.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(CODE, { each: true })
  errands?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class CreateAdviserDto extends AdviserDto {
  @ApiProperty({ example: 'Jonas Holm' })
  @IsString()
  @Length(1, 100)
  declare name: string;

  @ApiProperty({ example: 'jonas.holm@kommune.dk' })
  @IsEmail()
  declare email: string;
}

export class CreateStationDto extends StationDto {
  @ApiProperty({ example: 'Skranke 7' })
  @IsString()
  @Length(1, 100)
  declare name: string;
}

export class WorkingTimeDto {
  @ApiProperty({ example: 'MAIN', description: 'Location code or id.' })
  @IsString()
  @Length(1, 64)
  location: string;

  @ApiProperty({ minimum: 1, maximum: 7 })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @ApiProperty({ example: '09:30' })
  @Matches(LOCAL_TIME, { message: 'starts must be HH:mm' })
  starts: string;

  @ApiProperty({ example: '14:30' })
  @Matches(LOCAL_TIME, { message: 'ends must be HH:mm' })
  @NotBefore('starts', 'time', true)
  ends: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'validFrom must be a date YYYY-MM-DD' })
  validFrom?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(LOCAL_DATE, { message: 'validTo must be a date YYYY-MM-DD' })
  @NotBefore('validFrom', 'date', false)
  validTo?: string;
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
  @ApiProperty({ example: '2026-12-03T00:00:00+01:00' })
  @IsInstant()
  startsAt: string;

  @ApiProperty({ example: '2026-12-04T00:00:00+01:00' })
  @IsInstant()
  @NotBefore('startsAt', 'instant', true)
  endsAt: string;

  @ApiProperty({ example: 'Sygdom' })
  @IsString()
  @Length(1, 200)
  reason: string;
}

export class IdParam {
  @IsUUID()
  id: string;
}

export class ChangeResponse {
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  id: string | null;

  @ApiProperty({ description: 'Bookings cancelled because of the change (only with cancelBookings: true).' })
  cancelledBookings: { reference: string; start: string; location: string; errand: string; status: string }[];
}
