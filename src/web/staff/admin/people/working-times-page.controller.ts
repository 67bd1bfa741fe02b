import { Body, Controller, Get, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AffectedBooking } from '../../../../bookings/bookings.errors.js';
import type { Language } from '../../../../common/i18n/localized.js';
import { parseUuid } from '../../../../common/pipes/parse-uuid.js';
import type { AdviserDetail } from '../../../../staffing/adviser-queries.service.js';
import { WorkingTimesDto } from '../../../../staffing/dto/adviser-admin.dto.js';
import { OverlappingWorkingTimesError } from '../../../../staffing/staffing.errors.js';
import { CsrfGuard } from '../../../page/csrf.js';
import { PageErrorsFilter } from '../../../page/page-errors.filter.js';
import type { FieldError } from '../../../page/pages.service.js';
import { errorAtField, readForm } from '../../forms/staff-form.js';
import { StaffPage, type StaffPageRequest } from '../../session/staff-page.guard.js';
import { StaffPages } from '../../staff-pages.service.js';
import {
  type AffectedView,
  type CancelRequest,
  readCancelRequest,
  toAffectedView,
} from '../places/affected-bookings.js';
import { AFFECTED_TEXTS } from '../places/affected-bookings.texts.js';
import { guardedChange } from '../places/guarded-change.js';
import { PeopleChanges } from './people-changes.service.js';
import { PeoplePageData } from './people-page-data.service.js';
import { ADVISERS_PATH, adviserPath } from './people-paths.js';
import {
  overlapErrors,
  readTimes,
  timesErrors,
  timesFormView,
  typedFromForm,
  typedFromRows,
  type TypedTime,
} from './working-times-form.js';
import { WORKING_TIMES_TEXTS } from './working-times.texts.js';

interface TimesState {
  typed: TypedTime[];
  errors?: FieldError[];
  affected?: AffectedView;
  status?: number;
}

/**
 * An adviser's weekly working time as one form, saved through the same PUT as the admin API.
 * A change that leaves booked visits outside the working time lists them, and saves only when the
 * admin cancels them with a reason (as the places pages do).
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@StaffPage(['admin'])
@Controller(`${ADVISERS_PATH.slice(1)}/:id/arbejdstid`)
export class WorkingTimesPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly data: PeoplePageData,
    private readonly changes: PeopleChanges,
  ) {}

  @Get()
  async form(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('id', parseUuid('id')) id: string,
  ): Promise<void> {
    const adviser = await this.data.advisers.detail(id);
    await this.show(request, reply, adviser, { typed: typedFromRows(adviser.times) });
  }

  @Post()
  @UseGuards(CsrfGuard)
  async save(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('id', parseUuid('id')) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const adviser = await this.data.advisers.detail(id);
    const typed = typedFromForm(body);
    const read = readTimes(typed, language);
    const form = await readForm(WorkingTimesDto, body, language, () => ({ times: read.times }));
    const errors = [...read.problems, ...(form.ok ? [] : timesErrors(form.errors, read, language))];
    if (!form.ok || errors.length > 0) return this.show(request, reply, adviser, { typed, errors });
    let outcome;
    try {
      outcome = await guardedChange(
        (cancel) => this.changes.replaceWorkingTimes(request.staff!, id, form.dto, cancel),
        readCancelRequest(body),
        language,
      );
    } catch (error) {
      const problems = this.domainErrors(error, read, language);
      return this.show(request, reply, adviser, { typed, errors: problems });
    }
    if (outcome.done) {
      const cancelled = outcome.result.cancelled.length;
      const query = { gemt: 'arbejdstid', aflyst: cancelled > 0 ? String(cancelled) : undefined };
      return this.pages.redirect(request, reply, adviserPath(id), query);
    }
    const affected = await this.affectedView(outcome.affected, language, outcome.request);
    const status = outcome.errors.length > 0 ? 400 : 409;
    await this.show(request, reply, adviser, { typed, errors: outcome.errors, affected, status });
  }

  private domainErrors(error: unknown, read: ReturnType<typeof readTimes>, language: Language): FieldError[] {
    if (error instanceof OverlappingWorkingTimesError) {
      const pairs = (error.details as { rows: string[][] }).rows;
      return overlapErrors(pairs, read, language);
    }
    // An unknown place (taken out meanwhile): at the first row's place.
    return errorAtField(error, `${read.ids[0] ?? 'r0'}-location`, language);
  }

  private async affectedView(
    bookings: AffectedBooking[],
    language: Language,
    request?: CancelRequest,
  ): Promise<AffectedView> {
    const lookup = await this.data.lookup(language);
    const places = new Map(lookup.places.map((place) => [place.code, place]));
    const names = {
      place: (code: string) => places.get(code),
      errand: (code: string) => lookup.errand(code),
    };
    return toAffectedView(bookings, names, language, this.data.now(), request);
  }

  private async show(
    request: StaffPageRequest,
    reply: FastifyReply,
    adviser: AdviserDetail,
    state: TimesState,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = WORKING_TIMES_TEXTS[language];
    const places = await this.data.places();
    await this.pages.render(request, reply, 'staff/admin/people/working-times', {
      title: t.title,
      back: adviserPath(adviser.id),
      t,
      at: { ...AFFECTED_TEXTS[language], intro: t.affectedIntro },
      errors: state.errors,
      status: state.status,
      affected: state.affected,
      name: adviser.name,
      action: adviserPath(adviser.id, 'arbejdstid'),
      cancelHref: adviserPath(adviser.id),
      rows: timesFormView(state.typed, places, language),
    });
  }
}
