import { ApiProperty } from '@nestjs/swagger';
import { IsEmailAddress, IsText } from '../../common/validation/text.js';
import { ROLES, type Role } from '../entities/staff-account.entity.js';

export class LoginDto {
  @IsEmailAddress({ normalize: true, example: 'reception@syddjurs-demo.dk' })
  email: string;

  @IsText({ min: 1, max: 200, secret: true, example: 'demo-reception-2026' })
  password: string;
}

export class StaffResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  adviserId: string | null;
}

export class LoginResponse {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <accessToken>".' })
  accessToken: string;

  @ApiProperty({ example: 1800, description: 'Seconds until the token expires.' })
  expiresIn: number;

  @ApiProperty({ type: StaffResponse })
  staff: StaffResponse;

  @ApiProperty({
    description:
      'Signed in with a one-time password: change it (POST /auth/password) before anything else; every other staff endpoint answers 403 PASSWORD_CHANGE_REQUIRED.',
  })
  mustChangePassword: boolean;
}

export class ChangePasswordDto {
  @IsText({ min: 1, max: 200, secret: true, example: 'K7NP-A4TX-QR2M-9WZC' })
  currentPassword: string;

  @IsText({
    min: 1,
    max: 200,
    secret: true,
    example: 'korrekt hest batteri hæfteklamme',
    description: 'At least 12 characters; not your e-mail address, not the current password.',
  })
  newPassword: string;
}
