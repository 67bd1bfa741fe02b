import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCode } from '../../common/validation/codes.js';
import { LOCATION_KINDS, type LocationKind } from '../entities/location.entity.js';

export class PlacesQuery {
  @IsCode({
    optional: true,
    anyCase: true,
    example: 'PAS_VOKSEN',
    description:
      'An errand: then only the places that can serve it (a capable station and an adviser who handles it), ' +
      'each with its next free time for a visit of the errand’s length.',
  })
  errand?: string;
}

export class OpeningIntervalResponse {
  @ApiProperty({ example: '10:00', description: 'Local time, HH:mm.' })
  opens: string;

  @ApiProperty({ example: '14:00' })
  closes: string;
}

export class OpeningDayResponse {
  @ApiProperty({ example: '2026-12-08' })
  date: string;

  @ApiProperty({ example: 'tirsdag', description: 'The weekday, in the answer’s language.' })
  weekday: string;

  @ApiProperty({ type: [OpeningIntervalResponse], description: 'Empty on a closed day.' })
  hours: OpeningIntervalResponse[];

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Juledag',
    description: 'Why a day the weekly hours would open is closed (holiday, closed day, closure; in Danish).',
  })
  closed: string | null;

  @ApiProperty({
    example: '10.00–14.00',
    description: 'The day’s hours as people read them: "Lukket (Juledag)" when closed.',
  })
  text: string;
}

export class PlaceResponse {
  @ApiProperty({ example: 'MAIN' })
  code: string;

  @ApiProperty({ example: 'Borgerservice Ebeltoft' })
  name: string;

  @ApiProperty({ enum: LOCATION_KINDS, example: 'citizen_service' })
  kind: LocationKind;

  @ApiProperty({ example: 'Torvegade 8, 8400 Ebeltoft' })
  address: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'I rådhuset ved torvet. Indgang fra Torvegade, trinfri med elevator.',
    description: 'How to get there, in the answer’s language; null when the place has none.',
  })
  directions: string | null;

  @ApiProperty({ example: 'Europe/Copenhagen' })
  timeZone: string;

  @ApiProperty({
    type: [OpeningDayResponse],
    description: 'Opening hours today and the next six days, holidays and closures included.',
  })
  openingHours: OpeningDayResponse[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2026-12-08T10:15:00+01:00',
    description:
      'Only with `errand`: the first free start here (the place’s UTC offset), or null when there is none ' +
      'in the searched days.',
  })
  nextFreeTime?: string | null;
}

export class PlacesErrandResponse {
  @ApiProperty({ example: 'PAS_VOKSEN' })
  code: string;

  @ApiProperty({ example: 'Pas til voksne' })
  name: string;

  @ApiProperty({ example: 15, description: 'Length of the visit.' })
  minutes: number;
}

export class PlacesResponse {
  @ApiPropertyOptional({ type: PlacesErrandResponse, description: 'Only with `errand`.' })
  errand?: PlacesErrandResponse;

  @ApiPropertyOptional({
    example: 14,
    description: 'Only with `errand`: how many days ahead the next free time was looked for.',
  })
  searchedDays?: number;

  @ApiProperty({
    type: [PlaceResponse],
    description: 'Citizen service centres first, then libraries and the bus.',
  })
  locations: PlaceResponse[];
}
