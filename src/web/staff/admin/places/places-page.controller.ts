import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Clock } from '../../../../common/clock/clock.js';
import { parseUuid } from '../../../../common/pipes/parse-uuid.js';
import { LocationQueries } from '../../../../locations/location-queries.service.js';
import { CsrfGuard } from '../../../page/csrf.js';
import { PageErrorsFilter } from '../../../page/page-errors.filter.js';
import { StaffPage, type StaffPageRequest } from '../../session/staff-page.guard.js';
import { StaffPages } from '../../staff-pages.service.js';
import { PlacesChanges } from './places-changes.service.js';
import { PLACES_TEXTS } from './places.texts.js';
import {
  noticeFrom,
  noticeQuery,
  PLACES_PATH,
  placePath,
  toLocationPage,
  toPlacesList,
} from './places.view.js';

/** The places (/staff/admin/steder), one place's page, and removing a closure from it. */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@StaffPage(['admin'])
@Controller(PLACES_PATH.slice(1))
export class PlacesPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly queries: LocationQueries,
    private readonly changes: PlacesChanges,
    private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    const language = this.pages.language(request);
    const t = PLACES_TEXTS[language];
    const places = toPlacesList(await this.queries.list(), language);
    await this.pages.render(request, reply, 'staff/admin/places/places', { title: t.title, t, places });
  }

  @Get(':code')
  async place(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = PLACES_TEXTS[language];
    const detail = await this.queries.detail(code);
    const closures = await this.queries.closuresWhere({ location: detail.location.id });
    await this.pages.render(request, reply, 'staff/admin/places/location', {
      title: detail.location.name,
      back: PLACES_PATH,
      t,
      place: toLocationPage(detail, closures, language, this.clock.now()),
      notice: noticeFrom(query, language),
    });
  }

  @Post(':code/lukninger/:id/slet')
  @UseGuards(CsrfGuard)
  async deleteClosure(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Param('id', parseUuid('id')) id: string,
  ): Promise<void> {
    const { location } = await this.queries.detail(code);
    await this.changes.deleteClosure(request.staff!, id, location.id);
    this.pages.redirect(request, reply, placePath(location.code), noticeQuery('lukning-slettet', 0));
  }
}
