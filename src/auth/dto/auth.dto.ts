import { ApiProperty } from '@nestjs/swagger';
import { IsEmailAddress, IsText } from '../../common/validation/text.js';
import { ROLES, type Role } from '../entities/staff-account.entity.js';

export class LoginDto {
  @IsEmailAddress({ normalize: true, example: 'reception@syddjurs-demo.dk' })
  email: string;

  @IsText({ min: 1, max: 200, example: 'demo-reception-2026' })
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
}
