import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Errand } from '../../../errands/entities/errand.entity.js';
import { ErrandsService } from '../../../errands/errands.service.js';
import { TriageService } from '../../../errands/triage.service.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { Pages } from '../../page/pages.service.js';
import { outcomePath } from '../outcome/outcome.view.js';
import { type Answers, answersQuery, readAnswer, readAnswers, triageAnswers } from './answers.js';
import { ERRAND_TEXTS } from './errand.texts.js';
import {
  ANSWER_FIELD,
  errandPath,
  questionPath,
  questionStep,
  toErrandView,
  toQuestionView,
} from './errand.view.js';

/**
 * The errand and its questions, one per page (GOV.UK's question pages): the answers so far travel
 * in the URL (see answers.ts), and only the last answer makes the triage.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('aerinder/:code')
export class ErrandPageController {
  constructor(
    private readonly pages: Pages,
    private readonly errands: ErrandsService,
    private readonly triage: TriageService,
  ) {}

  /** What the errand is, its fee and what to bring; a start button into its questions. */
  @Get()
  async errand(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
  ): Promise<void> {
    const lang = this.pages.language(request);
    const view = toErrandView(await this.errands.findByCode(code), lang);
    await this.pages.render(request, reply, 'citizen/errand/errand', {
      title: view.name,
      back: '/',
      t: ERRAND_TEXTS[lang],
      errand: view,
    });
  }

  /** An errand without questions goes straight to its triage. */
  @Post()
  @UseGuards(CsrfGuard)
  async start(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
  ): Promise<void> {
    const errand = await this.errands.findByCode(code);
    if (errand.questions.length > 0) return this.pages.redirect(request, reply, questionPath(errand.code, 1));
    await this.finish(request, reply, errand, {});
  }

  @Get('spoergsmaal/:number')
  async question(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Param('number') number: string,
    @Query() query: unknown,
  ): Promise<void> {
    const errand = await this.errands.findByCode(code);
    const answers = readAnswers(errand.questions, query);
    if (this.redirectedAway(request, reply, errand, Number(number), answers)) return;
    await this.showQuestion(request, reply, errand, Number(number), answers, false);
  }

  /** One answer: on to the next question with it, or — after the last — the triage and its outcome. */
  @Post('spoergsmaal/:number')
  @UseGuards(CsrfGuard)
  async answer(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Param('number') number: string,
    @Query() query: unknown,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const errand = await this.errands.findByCode(code);
    const answers = readAnswers(errand.questions, query);
    const at = Number(number);
    if (this.redirectedAway(request, reply, errand, at, answers)) return;
    const question = errand.questions[at - 1];
    const answer = readAnswer(question, body?.[ANSWER_FIELD]);
    if (!answer) return this.showQuestion(request, reply, errand, at, answers, true);
    const next = { ...answers, [question.key]: answer };
    if (at < errand.questions.length)
      return this.pages.redirect(
        request,
        reply,
        questionPath(errand.code, at + 1),
        answersQuery(errand.questions, next),
      );
    await this.finish(request, reply, errand, next);
  }

  private redirectedAway(
    request: FastifyRequest,
    reply: FastifyReply,
    errand: Errand,
    number: number,
    answers: Answers,
  ): boolean {
    const step = questionStep(errand.questions, number, answers);
    if (step.show) return false;
    if (step.goTo === 0) this.pages.redirect(request, reply, errandPath(errand.code));
    else
      this.pages.redirect(
        request,
        reply,
        questionPath(errand.code, step.goTo),
        answersQuery(errand.questions, answers),
      );
    return true;
  }

  private async showQuestion(
    request: FastifyRequest,
    reply: FastifyReply,
    errand: Errand,
    number: number,
    answers: Answers,
    error: boolean,
  ): Promise<void> {
    const lang = this.pages.language(request);
    const view = toQuestionView(errand, number, answers, lang, { error });
    await this.pages.render(request, reply, 'citizen/errand/question', {
      title: view.legend,
      back: view.back,
      errors: view.error ? [{ field: view.field, message: view.error }] : [],
      t: ERRAND_TEXTS[lang],
      question: view,
    });
  }

  private async finish(
    request: FastifyRequest,
    reply: FastifyReply,
    errand: Errand,
    answers: Answers,
  ): Promise<void> {
    const language = this.pages.language(request);
    const triage = await this.triage.triage(errand.code, triageAnswers(errand.questions, answers), {
      language,
      source: 'online',
    });
    this.pages.redirect(request, reply, outcomePath(triage.id));
  }
}
