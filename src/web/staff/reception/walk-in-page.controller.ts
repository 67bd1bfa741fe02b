import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Errand } from '../../../errands/entities/errand.entity.js';
import { ErrandsService } from '../../../errands/errands.service.js';
import type { Location } from '../../../locations/entities/location.entity.js';
import { WalkInDto } from '../../../visits/dto/reception.dto.js';
import { VisitsService } from '../../../visits/visits.service.js';
import { readAnswers, triageAnswers } from '../../citizen/errand/answers.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import type { FieldError } from '../../page/pages.service.js';
import { errorAtField, readForm } from '../forms/staff-form.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { DeskPage, statusOf } from './desk-page.js';
import { RECEPTION_TEXTS, receptionPaths } from './reception.texts.js';
import { walkInPaths } from './walk-in-paths.js';
import { WALK_IN_TEXTS } from './walk-in.texts.js';
import { toErrandChoices, toQuestionRadios, unanswered } from './walk-in.view.js';
import { formText } from '../../page/form-text.js';

const ROLES = ['reception', 'admin'] as const;

interface Shown {
  answers?: Record<string, 'ja' | 'nej' | 'ved-ikke'>;
  name?: string;
  errors?: FieldError[];
  status?: number;
}

/**
 * A citizen at the desk without an appointment: choose the errand (or search for it), answer the
 * same questions as online, all on one page, and see the result (walk-in-result.controller.ts).
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/reception/:location/walk-in')
export class WalkInPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly deskPage: DeskPage,
    private readonly errands: ErrandsService,
    private readonly visits: VisitsService,
  ) {}

  @Get()
  @StaffPage([...ROLES])
  async errandsPage(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = WALK_IN_TEXTS[language];
    const location = await this.deskPage.location(request, ref);
    const paths = walkInPaths(location.code);
    const q = typeof query.q === 'string' ? query.q.trim().slice(0, 100) : '';
    const found = q.length >= 2 ? (await this.errands.search(q)).map((ranked) => ranked.errand) : undefined;
    await this.pages.render(request, reply, 'staff/reception/walk-in-errands', {
      title: t.title,
      t,
      location: { name: location.name },
      paths,
      q,
      found: found && toErrandChoices(found, language, paths.questions),
      all: toErrandChoices(await this.errands.findAll(), language, paths.questions),
      back: receptionPaths(location.code).arrivals,
    });
  }

  @Get(':errand')
  @StaffPage([...ROLES])
  async questions(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
    @Param('errand') code: string,
  ): Promise<void> {
    const location = await this.deskPage.location(request, ref);
    await this.show(request, reply, location, await this.errands.findByCode(code), {});
  }

  @Post(':errand')
  @StaffPage([...ROLES])
  @UseGuards(CsrfGuard)
  async assess(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
    @Param('errand') code: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const location = await this.deskPage.location(request, ref);
    const errand = await this.errands.findByCode(code);
    const answers = readAnswers(errand.questions, body);
    const name = formText(body?.name, 200);
    const form = await readForm(
      WalkInDto,
      {
        location: location.code,
        errand: errand.code,
        answers: triageAnswers(errand.questions, answers),
        name: name.trim() === '' ? undefined : name,
      },
      language,
    );
    const errors = [...unanswered(errand, answers, language), ...(form.ok ? [] : form.errors)];
    if (errors.length > 0 || !form.ok)
      return this.show(request, reply, location, errand, { answers, name, errors });
    let result: Awaited<ReturnType<VisitsService['walkIn']>>;
    try {
      result = await this.visits.walkIn(
        location,
        errand.code,
        form.dto.answers ?? {},
        { name: form.dto.name },
        language,
      );
    } catch (error) {
      const field = errand.questions[0]?.key ?? 'name';
      const status = statusOf(error);
      return this.show(request, reply, location, errand, {
        answers,
        name,
        errors: errorAtField(error, field, language),
        status,
      });
    }
    const references = result.visit ? [result.visit.reference] : [];
    await this.deskPage.record(request, 'visit.walk-in', location, references);
    this.pages.redirect(request, reply, walkInPaths(location.code).result(result.triage.id), {
      booking: result.visit?.reference,
    });
  }

  private async show(
    request: StaffPageRequest,
    reply: FastifyReply,
    location: Location,
    errand: Errand,
    shown: Shown,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = WALK_IN_TEXTS[language];
    const paths = walkInPaths(location.code);
    await this.pages.render(request, reply, 'staff/reception/walk-in-questions', {
      title: `${errand.name[language]} – ${t.title}`,
      t,
      rt: RECEPTION_TEXTS[language],
      errand: { name: errand.name[language] },
      questions: toQuestionRadios(errand, shown.answers ?? {}, shown.errors ?? [], language),
      name: shown.name ?? '',
      action: paths.questions(errand.code),
      paths,
      back: paths.errands,
      errors: shown.errors,
      status: shown.status,
      switchTo: { path: paths.questions(errand.code) },
    });
  }
}
