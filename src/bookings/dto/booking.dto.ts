import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsLocationRef } from '../../common/validation/codes.js';
import { IsInstant } from '../../common/validation/is-instant.js';
import { check } from '../../common/validation/field.js';
import { IsOneOf } from '../../common/validation/one-of.js';
import { IsEmailAddress, IsText, PersonName, TrimmedText } from '../../common/validation/text.js';
import { LANGUAGES, type Language } from '../../errands/errand-definition.js';
import { normalizeDanishPhone } from '../contact.js';
import { BOOKING_KINDS, type BookingKind } from '../entities/booking.entity.js';

/** Trimmed; an empty field (as forms send them) counts as not given. */
const trimmedOrAbsent = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || undefined : value;
const given = (value: unknown) => typeof value === 'string' && value.trim() !== '';

export class CitizenDto {
  @PersonName({ min: 1, max: 100, example: 'Karen Jensen' })
  name: string;

  /** Kept as typed (trimmed); the contact limit counts it normalised (contact.ts). */
  @Transform(trimmedOrAbsent)
  @IsEmailAddress({
    optional: true,
    maxLength: 254,
    example: 'karen@example.dk',
    description: 'This or `phone` is required.',
  })
  email?: string;

  @ApiPropertyOptional({
    type: String,
    example: '+45 12 34 56 78',
    maxLength: 30,
    description:
      'A Danish number: 8 digits, optionally after +45 or 0045; spaces, dashes and brackets are ignored. ' +
      'This or `email` is required.',
  })
  @IsOptional()
  @Transform(trimmedOrAbsent)
  @IsString()
  @MaxLength(30)
  @check(
    'isDanishPhone',
    (value) => typeof value === 'string' && normalizeDanishPhone(value) !== undefined,
    (property) => `${property} must be a Danish phone number: 8 digits, optionally after +45 or 0045`,
  )
  phone?: string;

  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description:
      'The citizen wants the messages about this booking (confirmation, reminder, changes) by SMS ' +
      'too. Needs `phone`.',
  })
  @IsOptional()
  @IsBoolean()
  sms?: boolean;
}

export class CreateBookingDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    description:
      'A triage with outcome `visit`; for a callback (`location` = a hotline place), a triage that offers one ' +
      '(its `callback` in the triage answer).',
  })
  @IsUUID()
  triage: string;

  @IsInstant({ description: 'A start time offered by GET /availability.' })
  start: string;

  @IsLocationRef({
    description:
      'As in the availability slot. A hotline place (e.g. `HOTLINE`) books a callback: no station.',
  })
  location: string;

  @ApiProperty({
    type: CitizenDto,
    description:
      'An online booking needs a contact: an e-mail address or a Danish phone number. A callback needs the ' +
      'phone number (the hotline calls it): `CALLBACK_PHONE_REQUIRED` without it.',
  })
  // ValidateNested alone lets a missing object through.
  @IsDefined()
  @check(
    'hasContact',
    (value) => {
      const { email, phone } = (value ?? {}) as { email?: unknown; phone?: unknown };
      return given(email) || given(phone);
    },
    (property) => `${property} needs an e-mail address or a Danish phone number`,
  )
  @check(
    'smsNeedsPhone',
    (value) => {
      const { sms, phone } = (value ?? {}) as { sms?: unknown; phone?: unknown };
      return sms !== true || given(phone);
    },
    (property) => `${property}.sms needs ${property}.phone: an SMS goes to a phone number`,
  )
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
  @IsText({ min: 20, max: 100, secret: true, description: 'The manage token from the booking answer.' })
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

export class BookingCallbackResponse {
  @ApiProperty({ example: '+45 12 34 56 78', description: 'The number the hotline calls at the start time.' })
  phone: string;
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

  @ApiProperty({
    enum: BOOKING_KINDS,
    description: 'A visit at a station, or a callback: the hotline calls the citizen (no station).',
  })
  kind: BookingKind;

  @ApiProperty({ enum: ['booked', 'cancelled'] })
  status: string;

  @ApiProperty({ example: '2026-12-01T10:00:00+01:00' })
  start: string;

  @ApiProperty({ example: '2026-12-01T10:15:00+01:00' })
  end: string;

  @ApiProperty({ type: BookingLocationResponse })
  location: BookingLocationResponse;

  @ApiProperty({ type: BookingStationResponse, nullable: true, description: 'Null for a callback.' })
  station: BookingStationResponse | null;

  @ApiProperty({
    type: BookingCallbackResponse,
    nullable: true,
    description: 'For a callback: “we call you on this number”. Null for a visit.',
  })
  callback: BookingCallbackResponse | null;

  @ApiProperty({ type: BookingErrandResponse })
  errand: BookingErrandResponse;

  @ApiProperty({ type: [String], description: 'What to bring (empty for a callback).' })
  documents: string[];

  @ApiProperty()
  fee: string;

  @ApiProperty({ type: BookingCitizenResponse })
  citizen: BookingCitizenResponse;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;
}
