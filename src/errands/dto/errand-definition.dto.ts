import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CHANNELS,
  type Channel,
  type ErrandDefinition,
  OUTCOMES,
  type Outcome,
} from '../errand-definition.js';

class TextDto {
  @IsString()
  @Length(1, 2000)
  da: string;

  @IsString()
  @Length(1, 2000)
  en: string;
}

class ListDto {
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  da: string[];

  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  en: string[];
}

class OptionDto {
  @Matches(/^[a-z][a-z0-9-]{0,59}$/, { message: 'key must be kebab-case' })
  key: string;

  @IsIn(CHANNELS)
  channel: Channel;

  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  title: TextDto;

  @IsOptional()
  @Matches(/^https:\/\/\S+$/, { message: 'url must be an https URL' })
  url?: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  where: TextDto;

  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  who: TextDto;
}

class QuestionDto {
  @IsString()
  key: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  text: TextDto;

  @IsOptional()
  @ValidateNested()
  @Type(() => TextDto)
  help?: TextDto;

  @IsBoolean()
  required: boolean;
}

class ConditionDto {
  @IsString()
  question: string;

  @IsBoolean()
  equals: boolean;
}

class RuleDto {
  @IsString()
  @Length(1, 60)
  key: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ConditionDto)
  when: ConditionDto[];

  @IsIn(OUTCOMES)
  outcome: Outcome;

  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  reason: TextDto;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  options?: string[];
}

/**
 * A whole errand as an admin saves it: the same shape as the demo catalog (ErrandDefinition).
 * The shape is checked here; whether the rules hold together is checked by
 * validateErrandDefinition when saving (422 INVALID_ERRAND_DEFINITION).
 */
export class ErrandDefinitionDto implements Omit<ErrandDefinition, 'code'> {
  @ApiProperty({ type: () => TextDto, example: { da: 'Meld flytning', en: 'Report change of address' } })
  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  name: TextDto;

  @ApiProperty({ type: () => TextDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  description: TextDto;

  @ApiProperty({ example: 20 })
  @IsInt()
  @Min(1)
  @Max(480)
  visitMinutes: number;

  @ApiProperty({ type: () => ListDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ListDto)
  documents: ListDto;

  @ApiProperty({ type: () => TextDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  fee: TextDto;

  @ApiProperty({ type: () => ListDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ListDto)
  keywords: ListDto;

  @ApiProperty({ type: () => [OptionDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OptionDto)
  selfService: OptionDto[];

  @ApiProperty({ type: () => [QuestionDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions: QuestionDto[];

  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description: 'Ordered; the last has no conditions.',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RuleDto)
  rules: RuleDto[];

  @ApiPropertyOptional({ description: 'false takes the errand out of the catalog.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
