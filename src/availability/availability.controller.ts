import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error-response.js';
import { Lang } from '../common/i18n/language.js';
import type { Language } from '../errands/errand-definition.js';
import { TriageNotCallbackError } from '../errands/errands.errors.js';
import { TriageService } from '../errands/triage.service.js';
import { AvailabilityQuery, AvailabilityResponse } from './availability.dto.js';
import { formatInstant } from '../common/time/format-instant.js';
import { AvailabilityService } from './availability.service.js';
import { capacityOf } from './slots.js';

@ApiTags('availability')
@ApiHeader({ name: 'Accept-Language', required: false, description: '`da` (default) or `en`' })
@Controller('availability')
export class AvailabilityController {
  constructor(
    private readonly availability: AvailabilityService,
    private readonly triage: TriageService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Free visit times for a triage that says `visit`, or callback times from the hotline',
    description:
      'Per local day, the start times where a capable station and an adviser who handles the errand are free ' +
      'for the whole visit, inside opening hours and working time, off holidays and closures, after the minimum ' +
      'notice and within the booking horizon. Times carry the location’s UTC offset (DST-correct). ' +
      'Callbacks (`kind` = `callback`): with `location` = a hotline place (e.g. `HOTLINE`), or without ' +
      '`location` for a triage that says `callback`, the times a hotline adviser who handles the errand is ' +
      'free for the whole call (the errand’s phone minutes); no station. Visit times never list a hotline.',
  })
  @ApiOkResponse({ type: AvailabilityResponse })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description: '`VALIDATION_FAILED`, `DATE_RANGE_REVERSED`, `DATE_RANGE_TOO_LONG`',
  })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`TRIAGE_NOT_FOUND`, `LOCATION_NOT_FOUND`' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description: '`TRIAGE_NOT_VISIT`, `TRIAGE_NOT_CALLBACK`, `TRIAGE_EXPIRED`',
  })
  async list(@Query() query: AvailabilityQuery, @Lang() language: Language): Promise<AvailabilityResponse> {
    const range = this.availability.resolveRange(query.from, query.to);
    const session = await this.triage.findById(query.triage);
    const kind = await this.availability.kindFor(session, query.location);
    const ticket = this.triage.asTicket(session, kind);
    const errand = ticket.errand;
    const minutes = kind === 'callback' ? errand.phoneMinutes! : errand.visitMinutes;
    const days = await this.availability.freeSlots(
      { errandId: errand.id, minutes, callback: kind === 'callback' },
      range,
      query.location,
    );
    // A visit ticket finds nothing at a hotline (it has no stations): say why, as POST /bookings does.
    if (kind === 'visit' && query.location && days.every((day) => day.slots.length === 0))
      if ((await this.availability.placeKind(query.location)) === 'hotline')
        throw new TriageNotCallbackError(ticket.id, ticket.outcome);
    return {
      triage: ticket.id,
      errand: { code: errand.code, name: errand.name[language] },
      kind,
      minutes,
      ...range,
      days: days.map(({ date, slots }) => ({
        date,
        slots: slots.map(({ location, slot }) => ({
          start: formatInstant(slot.start, location.timeZone),
          end: formatInstant(slot.end, location.timeZone),
          location: { id: location.id, code: location.code, name: location.name },
          freeStations: slot.stationIds.length,
          capacity: capacityOf(slot),
        })),
      })),
    };
  }
}
