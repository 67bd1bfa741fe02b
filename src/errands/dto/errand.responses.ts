import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, type Channel } from '../errand-definition.js';

export class SelfServiceOptionResponse {
  @ApiProperty({ example: 'borger-dk' })
  key: string;

  @ApiProperty({ enum: CHANNELS, example: 'online' })
  channel: Channel;

  @ApiProperty({ example: 'Meld flytning på borger.dk' })
  title: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'https://www.borger.dk/bolig-og-flytning/flytning_oversigt',
  })
  url: string | null;

  @ApiProperty({ example: 'borger.dk' })
  where: string;

  @ApiProperty({ example: 'Alle over 15 år med MitID' })
  who: string;
}

export class TriageQuestionResponse {
  @ApiProperty({ example: 'has_mitid' })
  key: string;

  @ApiProperty({ example: 'Har du MitID?' })
  text: string;

  @ApiProperty({ type: String, nullable: true })
  help: string | null;

  @ApiProperty({ example: true })
  required: boolean;

  @ApiProperty({ enum: ['boolean'], description: 'Every question is answered yes (true) or no (false).' })
  type: 'boolean';
}

export class ErrandSummaryResponse {
  @ApiProperty({ example: 'FLYT' })
  code: string;

  @ApiProperty({ example: 'Meld flytning' })
  name: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ example: 20, description: 'Length of a visit at a station.' })
  visitMinutes: number;

  @ApiProperty({
    enum: CHANNELS,
    isArray: true,
    description: 'Channels where the errand can be done without a visit.',
  })
  selfServiceChannels: Channel[];

  @ApiProperty({
    description:
      'True when the errand can never be done without a visit (e.g. passports); it may still be too early.',
  })
  visitAlwaysRequired: boolean;

  @ApiPropertyOptional({ example: 0.87, description: 'Relevance 0–1; only when searching with `q`.' })
  score?: number;
}

export class ErrandResponse extends ErrandSummaryResponse {
  @ApiProperty({ type: [String], description: 'What to bring to a visit.' })
  documents: string[];

  @ApiProperty({ example: 'Gratis' })
  fee: string;

  @ApiProperty({ type: [SelfServiceOptionResponse] })
  selfService: SelfServiceOptionResponse[];

  @ApiProperty({ type: [TriageQuestionResponse], description: 'Answer these in POST /triage.' })
  questions: TriageQuestionResponse[];
}
