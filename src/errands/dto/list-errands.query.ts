import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class ListErrandsQuery {
  @ApiPropertyOptional({
    description: 'What the citizen typed, in Danish or English; ranks errands by relevance.',
    example: 'mistet mit pas',
    maxLength: 200,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  q?: string;
}
