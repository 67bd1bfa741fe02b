import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error-response.js';
import { LocationsService } from '../locations/locations.service.js';
import { QueueResponse } from './dto/reception.dto.js';
import { VisitsService } from './visits.service.js';

/** The waiting-room screen: public, because it shows queue numbers and stations only. */
@ApiTags('reception')
@Controller('locations')
export class QueueController {
  constructor(
    private readonly visits: VisitsService,
    private readonly locations: LocationsService,
  ) {}

  @Get(':location/queue')
  @ApiOperation({ summary: 'Who is waiting and who is called to which station (no names)' })
  @ApiOkResponse({ type: QueueResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: '`LOCATION_NOT_FOUND`' })
  async queue(@Param('location') ref: string): Promise<QueueResponse> {
    const location = await this.locations.findByRef(ref);
    const entries = await this.visits.queue(location);
    return {
      location: location.code,
      queue: entries.map((booking) => ({
        queueNumber: booking.queueNumber!,
        state: booking.status === 'called' ? 'called' : 'waiting',
        station: booking.status === 'called' ? booking.station.name : null,
      })),
    };
  }
}
