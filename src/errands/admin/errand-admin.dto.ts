import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { IsCode } from '../../common/validation/codes.js';
import { ErrandDefinitionDto } from '../dto/errand-definition.dto.js';
import { SelfServiceOptionResponse } from '../dto/errand.responses.js';
import { OUTCOMES, type Outcome } from '../errand-definition.js';

/** One errand exactly as a data file (`src/demo/data/errands/<CODE>.json`) writes it. */
export class ErrandFileDto extends OmitType(ErrandDefinitionDto, ['active'] as const) {
  @IsCode({ example: 'FLYT' })
  code: string;
}

export class ErrandListItemResponse {
  @ApiProperty({ example: 'FLYT' })
  code: string;

  @ApiProperty({ example: 'Meld flytning', description: 'In the requested language.' })
  name: string;

  @ApiProperty({ description: 'false: taken out of the catalog.' })
  active: boolean;

  @ApiProperty({ example: 3, description: 'The current version.' })
  version: number;

  @ApiProperty({ format: 'date-time', description: 'When the current version was saved.' })
  changedAt: string;

  @ApiProperty({ enum: OUTCOMES, isArray: true, description: 'What its rules can tell a citizen.' })
  outcomes: Outcome[];

  @ApiProperty({ example: 3 })
  questions: number;

  @ApiProperty({ example: 1 })
  selfService: number;

  @ApiProperty({ example: 4 })
  rules: number;
}

export class ErrandStateResponse {
  @ApiProperty({ example: 3 })
  version: number;

  @ApiProperty()
  active: boolean;

  @ApiProperty({ format: 'date-time' })
  changedAt: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The account; null: demo or import.',
  })
  changedBy: string | null;

  @ApiProperty({ type: () => ErrandFileDto })
  definition: ErrandFileDto;
}

export class SectionDiffResponse {
  @ApiProperty({ type: [String], description: 'Keys.' })
  added: string[];

  @ApiProperty({ type: [String] })
  removed: string[];

  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: { key: { type: 'string' }, fields: { type: 'array', items: { type: 'string' } } },
    },
    example: [{ key: 'no-mitid', fields: ['when', 'outcome'] }],
  })
  changed: { key: string; fields: string[] }[];

  @ApiProperty({ description: 'The items both versions have stand in another order.' })
  reordered: boolean;
}

export class DefinitionDiffResponse {
  @ApiProperty({ type: SectionDiffResponse })
  questions: SectionDiffResponse;

  @ApiProperty({ type: SectionDiffResponse })
  selfService: SectionDiffResponse;

  @ApiProperty({ type: SectionDiffResponse })
  rules: SectionDiffResponse;

  @ApiProperty({ type: [String], example: ['fee'], description: 'Other fields that changed.' })
  fields: string[];
}

export class ErrandVersionResponse {
  @ApiProperty({ example: 2 })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdBy: string | null;

  @ApiProperty({
    type: [String],
    example: ['Rules: changed no-mitid (outcome)'],
    description: 'What changed against the version before, for people, in the requested language.',
  })
  summary: string[];

  @ApiProperty({
    type: DefinitionDiffResponse,
    description: 'Against the version before (version 1: all added).',
  })
  changes: DefinitionDiffResponse;
}

export class ErrandVersionDetailResponse extends ErrandVersionResponse {
  @ApiProperty({ type: () => ErrandFileDto })
  definition: ErrandFileDto;
}

export class PreviewTriageDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'boolean' },
    example: { has_mitid: true, moving_abroad: false },
    description: 'Question key → yes/no; leave a question out for "not answered".',
  })
  @IsDefined()
  @IsObject()
  answers: Record<string, unknown>;

  @ApiPropertyOptional({
    type: () => ErrandDefinitionDto,
    description: 'A definition being edited, instead of the stored one (checked as a save would be).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ErrandDefinitionDto)
  definition?: ErrandDefinitionDto;
}

export class TriagePreviewResponse {
  @ApiProperty({ enum: OUTCOMES })
  outcome: Outcome;

  @ApiProperty({ example: 'no-mitid', description: 'The rule that decided.' })
  rule: string;

  @ApiProperty({ description: 'In the requested language.' })
  reason: string;

  @ApiProperty({ type: [SelfServiceOptionResponse] })
  selfService: SelfServiceOptionResponse[];

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The stored version used; null for a posted definition.',
  })
  version: number | null;
}

export class CatalogEntryResult {
  @ApiProperty({ example: 'FLYT' })
  code: string;

  @ApiProperty({ example: 2, description: 'Its current version after the import.' })
  version: number;
}

export class CatalogImportResponse {
  @ApiProperty({ type: [CatalogEntryResult] })
  created: CatalogEntryResult[];

  @ApiProperty({ type: [CatalogEntryResult], description: 'Each with a new version.' })
  changed: CatalogEntryResult[];

  @ApiProperty({ type: [CatalogEntryResult], description: 'The same definition as stored: no new version.' })
  unchanged: CatalogEntryResult[];
}
