import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsInstant } from '../../common/validation/is-instant.js';
import { LANGUAGES, type Language } from '../../errands/errand-definition.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CitizenDto {
  @ApiProperty({ example: 'Karen Jensen', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ example: 'karen@example.dk' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '+45 12 34 56 78' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/[\s-]/g, '') : value,
  )
  @Matches(/^\+?\d{8,15}$/, { message: 'phone must be a phone number of 8-15 digits, optionally with +' })
  phone?: string;
}

export class CreateBookingDto {
  @ApiProperty({ format: 'uuid', description: 'A triage with outcome `visit`.' })
  @IsUUID()
  triage: string;

  @ApiProperty({
    example: '2026-12-01T10:00:00+01:00',
    description: 'A start time offered by GET /availability.',
  })
  @IsInstant()
  start: string;

  @ApiProperty({ example: 'MAIN', description: 'Location code or id, as in the availability slot.' })
  @IsString()
  @Length(1, 64)
  location: string;

  @ApiProperty({ type: CitizenDto })
  // ValidateNested alone lets a missing object through.
  @IsDefined()
  @ValidateNested()
  @Type(() => CitizenDto)
  citizen: CitizenDto;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: 'Language of the booking texts; default from Accept-Language.',
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class ManageQuery {
  @ApiProperty({ description: 'The manage token from the booking answer.' })
  @IsString()
  @Length(20, 100)
  token: string;
}

export class CancelBookingDto {
  @ApiPropertyOptional({ example: 'Jeg kan ikke komme alligevel', maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class RescheduleBookingDto {
  @ApiProperty({ example: '2026-12-02T11:00:00+01:00' })
  @IsInstant()
  start: string;

  @ApiPropertyOptional({ example: 'MAIN', description: 'Default: the booking’s current location.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  location?: string;
}

export class BookingLocationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'MAIN' })
  code: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  address: string;

  @ApiProperty({ example: 'Europe/Copenhagen' })
  timeZone: string;
}

export class BookingStationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Skranke 1' })
  name: string;
}

export class BookingErrandResponse {
  @ApiProperty({ example: 'PAS_VOKSEN' })
  code: string;

  @ApiProperty()
  name: string;
}

export class BookingCitizenResponse {
  @ApiProperty({ type: String, nullable: true, description: 'Null only for walk-ins who gave no name.' })
  name: string | null;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;
}

export class BookingResponse {
  @ApiProperty({ example: 'K7NP-A4TX', description: 'Short reference for reception.' })
  reference: string;

  @ApiPropertyOptional({
    description: 'Only in the answer to POST /bookings: the secret for managing the booking.',
  })
  manageToken?: string;

  @ApiProperty({ enum: ['booked', 'cancelled'] })
  status: string;

  @ApiProperty({ example: '2026-12-01T10:00:00+01:00' })
  start: string;

  @ApiProperty({ example: '2026-12-01T10:15:00+01:00' })
  end: string;

  @ApiProperty({ type: BookingLocationResponse })
  location: BookingLocationResponse;

  @ApiProperty({ type: BookingStationResponse })
  station: BookingStationResponse;

  @ApiProperty({ type: BookingErrandResponse })
  errand: BookingErrandResponse;

  @ApiProperty({ type: [String], description: 'What to bring.' })
  documents: string[];

  @ApiProperty()
  fee: string;

  @ApiProperty({ type: BookingCitizenResponse })
  citizen: BookingCitizenResponse;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;
}
