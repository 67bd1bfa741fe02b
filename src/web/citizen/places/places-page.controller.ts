import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Clock } from '../../../common/clock/clock.js';
import { PlacesService } from '../../../locations/public/places.service.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { Pages } from '../../page/pages.service.js';
import { PLACES_TEXTS } from './places.texts.js';
import { toPlaceView } from './places.view.js';

/** "Steder": where to meet Citizen Service, the week's opening hours and how to get there. */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller()
export class PlacesPageController {
  constructor(
    private readonly pages: Pages,
    private readonly places: PlacesService,
    private readonly clock: Clock,
  ) {}

  @Get('/steder')
  async list(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const language = this.pages.language(request);
    const now = this.clock.now();
    const places = await this.places.all();
    const t = PLACES_TEXTS[language];
    await this.pages.render(request, reply, 'citizen/places/places', {
      title: t.title,
      back: '/',
      t,
      places: places.map((place) => toPlaceView(place, language, now)),
    });
  }
}
