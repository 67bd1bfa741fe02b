import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsLocationRef } from '../../common/validation/codes.js';
import { IsLocalDate } from '../../common/validation/local-date-time.js';
import { NotBefore } from '../../common/validation/spans.js';
import { LOCATION_KINDS, type LocationKind } from '../entities/location.entity.js';

class LocationFieldsResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'MAIN' })
  code: string;

  @ApiProperty({ example: 'Borgerservice Ebeltoft' })
  name: string;

  @ApiProperty({ enum: LOCATION_KINDS, example: 'citizen_service' })
  kind: LocationKind;

  @ApiProperty({ example: 'Torvegade 8, 8400 Ebeltoft' })
  address: string;

  @ApiProperty({ description: 'false: out of use (no bookings, not shown to citizens).' })
  active: boolean;

  @ApiProperty({ example: 'Europe/Copenhagen' })
  timeZone: string;

  @ApiProperty({ example: 15, description: 'Minutes between possible start times.' })
  slotMinutes: number;
}

export class LocationSummaryResponse extends LocationFieldsResponse {
  @ApiProperty({ example: 3, description: 'Stations, in use or not.' })
  stations: number;

  @ApiProperty({ example: 2 })
  activeStations: number;

  @ApiProperty({
    example: 1,
    description: 'Closures of this location or of every location that end today or later.',
  })
  upcomingClosures: number;
}

export class StationErrandResponse {
  @ApiProperty({ example: 'PAS_VOKSEN' })
  code: string;

  @ApiProperty({ example: 'Pas til voksne', description: 'In the answer’s language.' })
  name: string;
}

export class StationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Skranke 7' })
  name: string;

  @ApiProperty()
  active: boolean;

  @ApiProperty({
    type: [StationErrandResponse],
    description: 'The errands it can handle; their codes are what PATCH /admin/stations/{id} takes.',
  })
  errands: StationErrandResponse[];
}

export class StationsResponse {
  @ApiProperty({ example: 'MAIN' })
  location: string;

  @ApiProperty({ type: [StationResponse] })
  stations: StationResponse[];
}

/** One row exactly as PUT /admin/locations/{location}/opening-hours takes it. */
export class WeeklyHoursResponse {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' })
  weekday: number;

  @ApiProperty({ example: '10:00' })
  opens: string;

  @ApiProperty({ example: '14:00' })
  closes: string;

  @ApiPropertyOptional({ example: '2027-07-01', description: 'Only on rows with a period.' })
  validFrom?: string;

  @ApiPropertyOptional({ example: '2027-08-14' })
  validTo?: string;
}

export class OpeningHoursResponse {
  @ApiProperty({
    type: [WeeklyHoursResponse],
    description: 'The whole set: send this object back, edited, to PUT …/opening-hours.',
  })
  hours: WeeklyHoursResponse[];
}

export class DirectionsResponse {
  @ApiProperty({ type: String, nullable: true })
  da: string | null;

  @ApiProperty({ type: String, nullable: true })
  en: string | null;
}

export class LocationDetailResponse extends LocationFieldsResponse {
  @ApiProperty({ type: DirectionsResponse })
  directions: DirectionsResponse;

  @ApiProperty({ type: [StationResponse] })
  stations: StationResponse[];

  @ApiProperty({ type: OpeningHoursResponse })
  openingHours: OpeningHoursResponse;
}

export class ClosureResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true, example: 'MAIN', description: 'null: every location.' })
  location: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Borgerservice Ebeltoft' })
  locationName: string | null;

  @ApiProperty({ example: '2026-12-09', description: 'First closed day.' })
  startsOn: string;

  @ApiProperty({ example: '2026-12-09', description: 'Last closed day, inclusive.' })
  endsOn: string;

  @ApiProperty({ example: 'Personaledag' })
  reason: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '12:00',
    description: 'Closed only from this local time to closedTo on each of the days; null: all day.',
  })
  closedFrom: string | null;

  @ApiProperty({ type: String, nullable: true, example: '13:00' })
  closedTo: string | null;
}

export class ClosuresQuery {
  @IsLocationRef({
    optional: true,
    description: 'Only closures that close this location: its own and those of every location.',
  })
  location?: string;

  @IsLocalDate({ optional: true, description: 'Closures that end on or after this day; default today.' })
  from?: string;

  @IsLocalDate({ optional: true, description: 'Closures that begin on or before this day.' })
  @NotBefore('from', 'date', false)
  to?: string;
}
