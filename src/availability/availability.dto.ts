import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsLocationRef } from '../common/validation/codes.js';
import { IsLocalDate } from '../common/validation/local-date-time.js';
import { TriageErrandResponse } from '../errands/dto/triage.dto.js';

export class AvailabilityQuery {
  @ApiProperty({
    type: String,
    format: 'uuid',
    description:
      'A triage with outcome `visit` (POST /triage), or one that offers a callback (its `callback`).',
  })
  @IsUUID()
  triage: string;

  @IsLocalDate({ optional: true, example: '2026-12-01', description: 'First local day (default today).' })
  from?: string;

  @IsLocalDate({
    optional: true,
    example: '2026-12-14',
    description: 'Last local day, inclusive (default from + 13 days; at most 31 days).',
  })
  to?: string;

  @IsLocationRef({
    optional: true,
    description:
      'Default: every location (for a triage that says `callback`: every hotline). A hotline place ' +
      '(e.g. `HOTLINE`) lists callback times.',
  })
  location?: string;
}

export class LocationRefResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'MAIN' })
  code: string;

  @ApiProperty({ example: 'Borgerservice Ebeltoft' })
  name: string;
}

export class SlotResponse {
  @ApiProperty({ example: '2026-12-01T10:00:00+01:00' })
  start: string;

  @ApiProperty({ example: '2026-12-01T10:15:00+01:00' })
  end: string;

  @ApiProperty({ type: LocationRefResponse })
  location: LocationRefResponse;

  @ApiProperty({
    example: 3,
    description: 'Stations that can handle the errand and are free for the whole visit (0 for a callback).',
  })
  freeStations: number;

  @ApiProperty({
    example: 2,
    description:
      'Bookings that can still start here: free stations and advisers for a visit, free hotline advisers ' +
      'for a callback.',
  })
  capacity: number;
}

export class DayResponse {
  @ApiProperty({ example: '2026-12-01' })
  date: string;

  @ApiProperty({ type: [SlotResponse] })
  slots: SlotResponse[];
}

export class AvailabilityResponse {
  @ApiProperty({ format: 'uuid' })
  triage: string;

  @ApiProperty({ type: TriageErrandResponse })
  errand: TriageErrandResponse;

  @ApiProperty({
    enum: ['visit', 'callback'],
    description: 'Visit times at stations, or callback times from the hotline.',
  })
  kind: 'visit' | 'callback';

  @ApiProperty({ example: 15, description: 'Length of the visit (or of the call).' })
  minutes: number;

  @ApiProperty({ example: '2026-12-01' })
  from: string;

  @ApiProperty({ example: '2026-12-14' })
  to: string;

  @ApiProperty({
    type: [DayResponse],
    description: 'Every local day of the range, in order; closed days have no slots.',
  })
  days: DayResponse[];
}
