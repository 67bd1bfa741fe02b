import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
  IsObject,
} from 'class-validator';
import { IsOneOf } from '../../common/validation/one-of.js';
import { IsText } from '../../common/validation/text.js';
import {
  CHANNELS,
  type Channel,
  type ErrandDefinition,
  OUTCOMES,
  type Outcome,
} from '../errand-definition.js';

const OPTION_KEY = /^[a-z][a-z0-9-]{0,59}$/;
const HTTPS_URL = /^https:\/\/\S+$/;

/** A text in both languages. */
class TextDto {
  @IsText({ min: 1, max: 2000, description: 'Danish.', example: 'Meld flytning' })
  da: string;

  @IsText({ min: 1, max: 2000, description: 'English.', example: 'Report change of address' })
  en: string;
}

/** A list of short texts in both languages. */
class ListDto {
  @ApiProperty({ type: [String], maxItems: 50, description: 'Danish.', example: ['Pas', 'Billede'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  da: string[];

  @ApiProperty({ type: [String], maxItems: 50, description: 'English.', example: ['Passport', 'Photo'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  en: string[];
}

class OptionDto {
  @ApiProperty({
    type: String,
    pattern: OPTION_KEY.source,
    example: 'borger-dk',
    description: 'Stable key within the errand (kebab-case), referenced by rules.',
  })
  @Matches(OPTION_KEY, { message: 'key must be kebab-case' })
  key: string;

  @IsOneOf(CHANNELS)
  channel: Channel;

  @ApiProperty({ type: () => TextDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  title: TextDto;

  @ApiPropertyOptional({
    type: String,
    format: 'uri',
    pattern: HTTPS_URL.source,
    example: 'https://www.borger.dk/',
    description: 'A link, only where the exact address is known.',
  })
  @IsOptional()
  @Matches(HTTPS_URL, { message: 'url must be an https URL' })
  url?: string;

  @ApiProperty({ type: () => TextDto, description: 'Where to go or whom to call.' })
  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  where: TextDto;

  @ApiProperty({ type: () => TextDto, description: 'Who can use the option.' })
  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  who: TextDto;
}

/** A yes/no question. */
class QuestionDto {
  @ApiProperty({
    type: String,
    example: 'has_mitid',
    description: 'Stable key within the errand (snake_case), used in answers and rule conditions.',
  })
  @IsString()
  key: string;

  @ApiProperty({ type: () => TextDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  text: TextDto;

  @ApiPropertyOptional({ type: () => TextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TextDto)
  help?: TextDto;

  @ApiProperty({ type: Boolean })
  @IsBoolean()
  required: boolean;
}

/** Holds when the answer to `question` equals `equals`; a missing answer never holds. */
class ConditionDto {
  @ApiProperty({ type: String, example: 'has_mitid', description: 'A question key.' })
  @IsString()
  question: string;

  @ApiProperty({ type: Boolean })
  @IsBoolean()
  equals: boolean;
}

/** The first rule whose conditions all hold decides the outcome. */
class RuleDto {
  @IsText({ min: 1, max: 60, example: 'needs-help' })
  key: string;

  @ApiProperty({ type: () => [ConditionDto], description: 'All must hold; empty for the last rule.' })
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ConditionDto)
  when: ConditionDto[];

  @IsOneOf(OUTCOMES)
  outcome: Outcome;

  @ApiProperty({ type: () => TextDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  reason: TextDto;

  @ApiPropertyOptional({
    type: [String],
    example: ['borger-dk'],
    description: 'Keys of the self-service options to show with this outcome; omitted = none.',
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  options?: string[];

  @ApiPropertyOptional({
    type: Boolean,
    description: 'Outcome visit only: also offer a callback from the hotline (needs phoneHelp).',
  })
  @IsOptional()
  @IsBoolean()
  callback?: boolean;
}

/** The errand can be solved on the phone: a hotline callback can be offered. */
class PhoneHelpDto {
  @ApiProperty({ type: Number, example: 15, minimum: 5, maximum: 120, description: 'Length of a callback.' })
  @IsInt()
  @Min(5)
  @Max(120)
  minutes: number;

  @ApiProperty({ type: () => TextDto, description: 'What a call can do for the citizen.' })
  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  reason: TextDto;
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

  @ApiProperty({ type: Number, example: 20, minimum: 1, maximum: 480, description: 'Length of a visit.' })
  @IsInt()
  @Min(1)
  @Max(480)
  visitMinutes: number;

  @ApiPropertyOptional({ type: () => PhoneHelpDto, description: 'Present when a callback can solve it.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PhoneHelpDto)
  phoneHelp?: PhoneHelpDto;

  @ApiProperty({ type: () => ListDto, description: 'What to bring.' })
  @IsDefined()
  @ValidateNested()
  @Type(() => ListDto)
  documents: ListDto;

  @ApiProperty({ type: () => TextDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => TextDto)
  fee: TextDto;

  @ApiProperty({ type: () => ListDto, description: 'Words citizens use for the errand (search).' })
  @IsDefined()
  @ValidateNested()
  @Type(() => ListDto)
  keywords: ListDto;

  @ApiProperty({ type: () => [OptionDto], maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => OptionDto)
  selfService: OptionDto[];

  @ApiProperty({ type: () => [QuestionDto], maxItems: 30 })
  @IsArray()
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions: QuestionDto[];

  @ApiProperty({ type: () => [RuleDto], maxItems: 50, description: 'Ordered; the last has no conditions.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RuleDto)
  rules: RuleDto[];

  @ApiPropertyOptional({ type: Boolean, description: 'false takes the errand out of the catalog.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
