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
    summary: 'Free visit times for a triage that says `visit`',
    description:
      'Per local day, the start times where a capable station and an adviser who handles the errand are free ' +
      'for the whole visit, inside opening hours and working time, off holidays and closures, after the minimum ' +
      'notice and within the booking horizon. Times carry the location’s UTC offset (DST-correct).',
  })
  @ApiOkResponse({ type: AvailabilityResponse })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description: '`VALIDATION_FAILED`, `DATE_RANGE_REVERSED`, `DATE_RANGE_TOO_LONG`',
  })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`TRIAGE_NOT_FOUND`, `LOCATION_NOT_FOUND`' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description: '`TRIAGE_NOT_VISIT`, `TRIAGE_EXPIRED`',
  })
  async list(@Query() query: AvailabilityQuery, @Lang() language: Language): Promise<AvailabilityResponse> {
    const range = this.availability.resolveRange(query.from, query.to);
    const ticket = await this.triage.findBookingTicket(query.triage);
    const errand = ticket.errand;
    const days = await this.availability.freeSlots(
      { errandId: errand.id, minutes: errand.visitMinutes },
      range,
      query.location,
    );
    return {
      triage: ticket.id,
      errand: { code: errand.code, name: errand.name[language] },
      minutes: errand.visitMinutes,
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
