import { Body, Controller, Get, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CreateClosureDto } from '../../../../locations/dto/location-admin.dto.js';
import type { Location } from '../../../../locations/entities/location.entity.js';
import { CsrfGuard } from '../../../page/csrf.js';
import { PageErrorsFilter } from '../../../page/page-errors.filter.js';
import type { FieldError } from '../../../page/pages.service.js';
import { readForm } from '../../forms/staff-form.js';
import { StaffPage, type StaffPageRequest } from '../../session/staff-page.guard.js';
import { StaffPages } from '../../staff-pages.service.js';
import { type AffectedView, readCancelRequest } from './affected-bookings.js';
import { AFFECTED_TEXTS } from './affected-bookings.texts.js';
import { closureErrors, closurePlain, type ClosureFormValues, closureValues } from './closure-form.js';
import { CLOSURE_TEXTS } from './closure.texts.js';
import { guardedChange } from './guarded-change.js';
import { PlacesChanges } from './places-changes.service.js';
import { PlacesPageData } from './places-page-data.service.js';
import { noticeQuery, PLACES_PATH, placePath } from './places.view.js';

const EMPTY: ClosureFormValues = {
  startsOn: '',
  endsOn: '',
  scope: 'here',
  hours: 'day',
  closedFrom: '',
  closedTo: '',
  reason: '',
};

interface ClosureState {
  values: ClosureFormValues;
  errors?: FieldError[];
  affected?: AffectedView;
  status?: number;
}

/**
 * Adding a closure from a place's page. One that hits booked visits is shown again with the visits
 * listed; a second submit with a reason and the tick cancels them (see guarded-change.ts).
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@StaffPage(['admin'])
@Controller(`${PLACES_PATH.slice(1)}/:code/lukninger/ny`)
export class ClosurePageController {
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
    await this.show(request, reply, place.location, { values: EMPTY });
  }

  @Post()
  @UseGuards(CsrfGuard)
  async add(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const place = await this.data.placeInUse(code);
    if (!place) return this.pages.redirect(request, reply, placePath(code));
    const { location } = place;
    const values = closureValues(body);
    const form = await readForm(CreateClosureDto, body, language, () => closurePlain(values, location.code));
    if (!form.ok)
      return this.show(request, reply, location, {
        values,
        errors: closureErrors(form.errors, values, language),
      });
    const outcome = await guardedChange(
      (cancel) => this.changes.createClosure(request.staff!, form.dto, cancel),
      readCancelRequest(body),
      language,
    );
    if (outcome.done) {
      const query = noticeQuery('lukning-oprettet', outcome.result.cancelled.length);
      return this.pages.redirect(request, reply, placePath(location.code), query);
    }
    const affected = await this.data.affectedView(outcome.affected, language, outcome.request);
    const status = outcome.errors.length > 0 ? 400 : 409;
    await this.show(request, reply, location, { values, errors: outcome.errors, affected, status });
  }

  private async show(
    request: StaffPageRequest,
    reply: FastifyReply,
    location: Location,
    state: ClosureState,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = CLOSURE_TEXTS[language];
    const back = placePath(location.code);
    await this.pages.render(request, reply, 'staff/admin/places/closure', {
      title: t.title,
      back,
      t,
      at: AFFECTED_TEXTS[language],
      errors: state.errors,
      status: state.status,
      affected: state.affected,
      closure: {
        place: location.name,
        action: placePath(location.code, 'lukninger', 'ny'),
        back,
        values: state.values,
      },
    });
  }
}
