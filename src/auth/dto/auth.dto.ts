import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length } from 'class-validator';
import { ROLES, type Role } from '../entities/staff-account.entity.js';

export class LoginDto {
  @ApiProperty({ example: 'reception@syddjurs-demo.dk' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail()
  email: string;

  @ApiProperty({ example: 'demo-reception-2026' })
  @IsString()
  @Length(1, 200)
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
