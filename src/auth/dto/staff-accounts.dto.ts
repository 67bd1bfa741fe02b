import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateIf,
} from 'class-validator';
import { IsEmailAddress, PersonName } from '../../common/validation/text.js';
import { ROLES, type Role } from '../entities/staff-account.entity.js';

/*
 * Create and change are declared apart, not one extending the other: a required field in a
 * subclass does not undo a parent's IsOptional.
 */

const ROLES_DOC = { enum: ROLES, isArray: true, example: ['reception'] } as const;
const LOCATIONS_DOC: ApiPropertyOptions = {
  type: [String],
  example: ['MAIN'],
  description: 'Location codes or ids where a receptionist or adviser may work (admins: everywhere).',
};

export class CreateStaffAccountDto {
  @IsEmailAddress({ normalize: true, maxLength: 254, example: 'karen.jensen@syddjurs.dk' })
  email: string;

  @PersonName({ min: 1, max: 200, example: 'Karen Jensen' })
  name: string;

  @ApiProperty(ROLES_DOC)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiPropertyOptional({ format: 'uuid', description: 'The adviser record this account signs in as.' })
  @IsOptional()
  @IsUUID()
  adviserId?: string;

  @ApiPropertyOptional(LOCATIONS_DOC)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  locations?: string[];
}

export class UpdateStaffAccountDto {
  @PersonName({ min: 1, max: 200, optional: true })
  name?: string;

  @ApiPropertyOptional(ROLES_DOC)
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null: no adviser record.',
  })
  @ValidateIf((dto: UpdateStaffAccountDto) => dto.adviserId !== undefined && dto.adviserId !== null)
  @IsUUID()
  adviserId?: string | null;

  @ApiPropertyOptional({
    ...LOCATIONS_DOC,
    description: `${LOCATIONS_DOC.description as string} Replaces the list.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  locations?: string[];

  @ApiPropertyOptional({ description: 'false: deactivate (every token ends at once); true: reactivate.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class StaffAccountResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  adviserId: string | null;

  @ApiProperty({ type: [String], description: 'Codes of the locations where the account may work.' })
  locations: string[];

  @ApiProperty()
  active: boolean;

  @ApiProperty({ description: 'Has a one-time password that must be changed at the next sign-in.' })
  mustChangePassword: boolean;

  @ApiProperty({ example: '2026-11-25T09:00:00.000Z' })
  createdAt: string;
}

/** The account, and its new one-time password. */
export class OneTimePasswordResponse extends StaffAccountResponse {
  @ApiProperty({
    example: 'K7NP-A4TX-QR2M-9WZC',
    description: 'Shown once: hand it to the person, who must change it at the first sign-in.',
  })
  oneTimePassword: string;
}
