import { Body, Controller, Get, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RecordNotFoundError } from '../../../../common/errors/domain-error.js';
import { parseUuid } from '../../../../common/pipes/parse-uuid.js';
import { ErrandsService } from '../../../../errands/errands.service.js';
import { CreateStationDto, StationDto } from '../../../../locations/dto/location-admin.dto.js';
import type { LocationDetail, StationWithErrands } from '../../../../locations/location-queries.service.js';
import { CsrfGuard } from '../../../page/csrf.js';
import { PageErrorsFilter } from '../../../page/page-errors.filter.js';
import type { FieldError } from '../../../page/pages.service.js';
import { readForm } from '../../forms/staff-form.js';
import { StaffPage, type StaffPageRequest } from '../../session/staff-page.guard.js';
import { StaffPages } from '../../staff-pages.service.js';
import { type AffectedView, readCancelRequest } from './affected-bookings.js';
import { AFFECTED_TEXTS } from './affected-bookings.texts.js';
import { guardedChange } from './guarded-change.js';
import { PlacesChanges } from './places-changes.service.js';
import { PlacesPageData } from './places-page-data.service.js';
import { noticeQuery, PLACES_PATH, placePath } from './places.view.js';
import {
  errandChoices,
  isNameTaken,
  stationErrors,
  type StationFormValues,
  stationPlain,
  stationValues,
} from './station-form.js';
import { STATION_TEXTS } from './station.texts.js';

interface StationState {
  values: StationFormValues;
  station?: StationWithErrands;
  errors?: FieldError[];
  affected?: AffectedView;
  status?: number;
}

/** Adding a station to a place, and renaming one, changing its errands or taking it out of use. */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@StaffPage(['admin'])
@Controller(`${PLACES_PATH.slice(1)}/:code/stationer`)
export class StationPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly data: PlacesPageData,
    private readonly changes: PlacesChanges,
    private readonly errands: ErrandsService,
  ) {}

  @Get('ny')
  async newForm(@Req() request: StaffPageRequest, @Res() reply: FastifyReply, @Param('code') code: string) {
    const place = await this.data.placeInUse(code);
    if (!place) return this.pages.redirect(request, reply, placePath(code));
    await this.show(request, reply, place, { values: { name: '', errands: [], active: true } });
  }

  @Post('ny')
  @UseGuards(CsrfGuard)
  async create(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const place = await this.data.placeInUse(code);
    if (!place) return this.pages.redirect(request, reply, placePath(code));
    const values = stationValues(body);
    const form = await readForm(CreateStationDto, body, language, () => stationPlain(values));
    if (!form.ok)
      return this.show(request, reply, place, {
        values,
        errors: stationErrors(form.errors, values, language),
      });
    try {
      await this.changes.createStation(request.staff!, place.location.code, form.dto);
    } catch (error) {
      return this.refused(request, reply, place, { values }, error);
    }
    this.pages.redirect(request, reply, placePath(place.location.code), noticeQuery('station-oprettet', 0));
  }

  @Get(':id')
  async editForm(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Param('id', parseUuid('id')) id: string,
  ): Promise<void> {
    const place = await this.data.placeInUse(code);
    if (!place) return this.pages.redirect(request, reply, placePath(code));
    const station = stationOf(place, id);
    const values = {
      name: station.name,
      errands: station.errands.map((e) => e.code),
      active: station.active,
    };
    await this.show(request, reply, place, { values, station });
  }

  @Post(':id')
  @UseGuards(CsrfGuard)
  async update(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Param('id', parseUuid('id')) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const place = await this.data.placeInUse(code);
    if (!place) return this.pages.redirect(request, reply, placePath(code));
    const station = stationOf(place, id);
    const values = stationValues(body);
    const form = await readForm(StationDto, body, language, () => stationPlain(values));
    if (!form.ok) {
      const errors = stationErrors(form.errors, values, language);
      return this.show(request, reply, place, { values, station, errors });
    }
    let outcome;
    try {
      outcome = await guardedChange(
        (cancel) => this.changes.updateStation(request.staff!, id, form.dto, cancel),
        readCancelRequest(body),
        language,
      );
    } catch (error) {
      return this.refused(request, reply, place, { values, station }, error);
    }
    if (outcome.done) {
      const query = noticeQuery('station-gemt', outcome.result.cancelled.length);
      return this.pages.redirect(request, reply, placePath(place.location.code), query);
    }
    const affected = await this.data.affectedView(outcome.affected, language, outcome.request);
    const status = outcome.errors.length > 0 ? 400 : 409;
    await this.show(request, reply, place, { values, station, errors: outcome.errors, affected, status });
  }

  /** A name another station of the place has, or an errand that does not exist: said at the field. */
  private async refused(
    request: StaffPageRequest,
    reply: FastifyReply,
    place: LocationDetail,
    state: StationState,
    error: unknown,
  ): Promise<void> {
    const t = STATION_TEXTS[this.pages.language(request)];
    const unknownErrand = error instanceof RecordNotFoundError && error.details?.errand !== undefined;
    if (!isNameTaken(error) && !unknownErrand) throw error;
    const errors = [
      unknownErrand
        ? { field: 'errands', message: t.errandsInvalid }
        : { field: 'name', message: t.nameTaken },
    ];
    await this.show(request, reply, place, { ...state, errors });
  }

  private async show(
    request: StaffPageRequest,
    reply: FastifyReply,
    place: LocationDetail,
    state: StationState,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = STATION_TEXTS[language];
    const { location } = place;
    const title = state.station ? t.editTitle(state.station.name) : t.newTitle;
    const inUse = await this.errands.findAll();
    await this.pages.render(request, reply, 'staff/admin/places/station', {
      title,
      back: placePath(location.code),
      t,
      at: AFFECTED_TEXTS[language],
      errors: state.errors,
      status: state.status,
      affected: state.affected,
      station: {
        title,
        place: location.name,
        action: placePath(location.code, 'stationer', state.station?.id ?? 'ny'),
        back: placePath(location.code),
        submit: state.station ? t.save : t.create,
        values: state.values,
        choices: errandChoices(inUse, state.station?.errands ?? [], state.values.errands, language),
      },
    });
  }
}

/** The station of this place, or 404. */
function stationOf(place: LocationDetail, id: string): StationWithErrands {
  const station = place.stations.find((candidate) => candidate.id === id);
  if (!station) throw new RecordNotFoundError('station', id);
  return station;
}
