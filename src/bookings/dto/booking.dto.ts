import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { IsLocationRef } from '../../common/validation/codes.js';
import { IsInstant } from '../../common/validation/is-instant.js';
import { IsOneOf } from '../../common/validation/one-of.js';
import { IsEmailAddress, IsText, TrimmedText } from '../../common/validation/text.js';
import { LANGUAGES, type Language } from '../../errands/errand-definition.js';

const PHONE = /^\+?\d{8,15}$/;

export class CitizenDto {
  @TrimmedText({ min: 1, max: 100, example: 'Karen Jensen' })
  name: string;

  @IsEmailAddress({ optional: true, normalize: true, maxLength: 254, example: 'karen@example.dk' })
  email?: string;

  @ApiPropertyOptional({
    type: String,
    example: '+45 12 34 56 78',
    description: '8–15 digits, optionally with +; spaces and dashes are ignored.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/[\s-]/g, '') : value,
  )
  @Matches(PHONE, { message: 'phone must be a phone number of 8-15 digits, optionally with +' })
  phone?: string;
}

export class CreateBookingDto {
  @ApiProperty({ type: String, format: 'uuid', description: 'A triage with outcome `visit`.' })
  @IsUUID()
  triage: string;

  @IsInstant({ description: 'A start time offered by GET /availability.' })
  start: string;

  @IsLocationRef({ description: 'As in the availability slot.' })
  location: string;

  @ApiProperty({ type: CitizenDto })
  // ValidateNested alone lets a missing object through.
  @IsDefined()
  @ValidateNested()
  @Type(() => CitizenDto)
  citizen: CitizenDto;

  @IsOneOf(LANGUAGES, {
    optional: true,
    description: 'Language of the booking texts; default from Accept-Language.',
  })
  language?: Language;
}

export class ManageQuery {
  @IsText({ min: 20, max: 100, description: 'The manage token from the booking answer.' })
  token: string;
}

export class CancelBookingDto {
  @TrimmedText({ min: 0, max: 500, optional: true, example: 'Jeg kan ikke komme alligevel' })
  reason?: string;
}

export class RescheduleBookingDto {
  @IsInstant({
    example: '2026-12-02T11:00:00+01:00',
    description: 'A start time offered by GET /availability.',
  })
  start: string;

  @IsLocationRef({ optional: true, description: 'Default: the booking’s current location.' })
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
