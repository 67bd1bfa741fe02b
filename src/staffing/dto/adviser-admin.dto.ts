import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
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
import { IsInstant } from '../../common/validation/is-instant.js';
import { CODE, LOCAL_DATE, LOCAL_TIME, NotBefore } from '../../common/validation/spans.js';

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
