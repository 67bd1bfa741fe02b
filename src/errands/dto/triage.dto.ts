import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional } from 'class-validator';
import { IsCode } from '../../common/validation/codes.js';
import { OUTCOMES, type Outcome } from '../errand-definition.js';
import { SelfServiceOptionResponse } from './errand.responses.js';

export class CreateTriageDto {
  @IsCode({ anyCase: true, example: 'FLYT', description: 'Errand code from GET /errands.' })
  errand: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'boolean' },
    example: { has_mitid: true, moving_abroad: false },
    description: 'Question key → yes/no, for the questions of GET /errands/{code}.',
  })
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;
}

export class TriageErrandResponse {
  @ApiProperty({ example: 'FLYT' })
  code: string;

  @ApiProperty({ example: 'Meld flytning' })
  name: string;
}

export class VisitInfoResponse {
  @ApiProperty({ example: 20 })
  minutes: number;

  @ApiProperty({ type: [String] })
  documents: string[];

  @ApiProperty()
  fee: string;
}

export class CallbackInfoResponse {
  @ApiProperty({ example: 20, description: 'Length of the call.' })
  minutes: number;

  @ApiProperty({ description: 'What a call can do for the citizen, in the requested language.' })
  reason: string;
}

export class TriageResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: TriageErrandResponse })
  errand: TriageErrandResponse;

  @ApiProperty({ enum: OUTCOMES })
  outcome: Outcome;

  @ApiProperty({ description: 'Why, in the requested language.' })
  reason: string;

  @ApiProperty({
    type: [SelfServiceOptionResponse],
    description: 'Do it yourself here; with a `visit` outcome, options that prepare the visit.',
  })
  selfService: SelfServiceOptionResponse[];

  @ApiProperty({
    type: VisitInfoResponse,
    nullable: true,
    description: 'Set when the triage is a ticket for booking: outcome `visit`, or self-service tried.',
  })
  visit: VisitInfoResponse | null;

  @ApiProperty({
    type: CallbackInfoResponse,
    nullable: true,
    description:
      'Set when the triage is a ticket for a callback from the hotline ("Ring mig op"): outcome `callback` ' +
      '(a call instead of a visit), or `visit` with a call offered next to it. Book it with POST /bookings ' +
      'at the hotline place (GET /availability with `location` = the hotline, e.g. `HOTLINE`).',
  })
  callback: CallbackInfoResponse | null;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'boolean' } })
  answers: Record<string, boolean>;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', description: 'After this the triage can no longer be used to book.' })
  expiresAt: string;

  @ApiProperty()
  expired: boolean;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'When the citizen said they could not do the errand themselves (POST /triage/{id}/self-service-tried); ' +
      'from then on a `self_service` triage books a visit like a `visit` one.',
  })
  selfServiceTriedAt: string | null;
}
