import { Body, Controller, Get, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { OpeningHoursDto } from '../../../../locations/dto/location-admin.dto.js';
import { toWeeklyHours } from '../../../../locations/admin/locations-admin.mapper.js';
import type { LocationDetail } from '../../../../locations/location-queries.service.js';
import { OverlappingOpeningHoursError } from '../../../../locations/locations.errors.js';
import { CsrfGuard } from '../../../page/csrf.js';
import { PageErrorsFilter } from '../../../page/page-errors.filter.js';
import type { FieldError } from '../../../page/pages.service.js';
import { readForm } from '../../forms/staff-form.js';
import { StaffPage, type StaffPageRequest } from '../../session/staff-page.guard.js';
import { StaffPages } from '../../staff-pages.service.js';
import { type AffectedView, readCancelRequest } from './affected-bookings.js';
import { AFFECTED_TEXTS } from './affected-bookings.texts.js';
import { guardedChange } from './guarded-change.js';
import {
  hoursErrors,
  hoursFormView,
  overlapErrors,
  rowsFromWeek,
  type TypedWeek,
  weekFromForm,
  weekFromRows,
} from './opening-hours-form.js';
import { OPENING_HOURS_TEXTS } from './opening-hours.texts.js';
import { PlacesChanges } from './places-changes.service.js';
import { PlacesPageData } from './places-page-data.service.js';
import { noticeQuery, PLACES_PATH, placePath } from './places.view.js';

const hasPeriod = (row: { validFrom: string | null; validTo: string | null }) =>
  row.validFrom !== null || row.validTo !== null;

interface HoursState {
  week: TypedWeek;
  errors?: FieldError[];
  affected?: AffectedView;
  status?: number;
}

/**
 * A place's usual week of opening hours as one form. Saving replaces the open-ended rows and keeps
 * the rows with a period (summer hours) as they are, through the same PUT as the admin API.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@StaffPage(['admin'])
@Controller(`${PLACES_PATH.slice(1)}/:code/aabningstider`)
export class OpeningHoursPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly data: PlacesPageData,
    private readonly changes: PlacesChanges,
  ) {}

  @Get()
  async form(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
  ): Promise<void> {
    const place = await this.data.placeInUse(code);
    if (!place) return this.pages.redirect(request, reply, placePath(code));
    const usual = place.openingHours.filter((row) => !hasPeriod(row));
    await this.show(request, reply, place, { week: weekFromRows(usual) });
  }

  @Post()
  @UseGuards(CsrfGuard)
  async save(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const place = await this.data.placeInUse(code);
    if (!place) return this.pages.redirect(request, reply, placePath(code));
    const week = weekFromForm(body);
    const read = rowsFromWeek(week, language);
    const kept = place.openingHours.filter(hasPeriod).map(toWeeklyHours);
    const form = await readForm(OpeningHoursDto, body, language, () => ({ hours: [...read.rows, ...kept] }));
    const errors = [...read.problems, ...(form.ok ? [] : hoursErrors(form.errors, read, language))];
    if (!form.ok || errors.length > 0) return this.show(request, reply, place, { week, errors });
    let outcome;
    try {
      outcome = await guardedChange(
        (cancel) => this.changes.replaceOpeningHours(request.staff!, place.location.code, form.dto, cancel),
        readCancelRequest(body),
        language,
      );
    } catch (error) {
      if (!(error instanceof OverlappingOpeningHoursError)) throw error;
      const pairs = (error.details as { rows: string[][] }).rows;
      return this.show(request, reply, place, { week, errors: overlapErrors(pairs, read, language) });
    }
    if (outcome.done) {
      const query = noticeQuery('aabningstider-gemt', outcome.result.cancelled.length);
      return this.pages.redirect(request, reply, placePath(place.location.code), query);
    }
    const affected = await this.data.affectedView(outcome.affected, language, outcome.request);
    const status = outcome.errors.length > 0 ? 400 : 409;
    await this.show(request, reply, place, { week, errors: outcome.errors, affected, status });
  }

  private async show(
    request: StaffPageRequest,
    reply: FastifyReply,
    place: LocationDetail,
    state: HoursState,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = OPENING_HOURS_TEXTS[language];
    const { location } = place;
    await this.pages.render(request, reply, 'staff/admin/places/opening-hours', {
      title: t.title,
      back: placePath(location.code),
      t,
      at: AFFECTED_TEXTS[language],
      errors: state.errors,
      status: state.status,
      affected: state.affected,
      hours: {
        place: location.name,
        action: placePath(location.code, 'aabningstider'),
        back: placePath(location.code),
        hasPeriods: place.openingHours.some(hasPeriod),
        days: hoursFormView(state.week, language),
      },
    });
  }
}
