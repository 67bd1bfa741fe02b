import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { Pages } from '../../page/pages.service.js';
import { BookingForms } from '../check/booking-forms.service.js';
import { brokenChoice, checkBooking, NO_CONTACT, readChoice, readContact } from './contact-form.js';

/**
 * The contact step: name, an e-mail or mobile number and whether to get messages by SMS too, checked
 * by the booking API's own rules.
 * A form that holds leads to check-your-answers, rendered in answer to the POST (never redirected:
 * the answers would have to travel in a URL).
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller()
export class ContactPageController {
  constructor(
    private readonly pages: Pages,
    private readonly forms: BookingForms,
  ) {}

  @Get('/book/:triageId/kontakt')
  async contact(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('triageId') triageId: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const choice = readChoice(triageId, query);
    const broken = await brokenChoice(choice, this.pages.language(request));
    if (broken.length > 0) return this.forms.redirectToChoice(request, reply, choice, broken);
    await this.forms.contactPage(request, reply, choice, NO_CONTACT);
  }

  @Post('/book/:triageId/kontakt')
  @UseGuards(CsrfGuard)
  async submit(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('triageId') triageId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const choice = readChoice(triageId, body);
    const contact = readContact(body);
    const kind = await this.forms.kindOf(choice);
    const result = await checkBooking(choice, contact, this.pages.language(request), kind);
    if (result.ok) return this.forms.checkPage(request, reply, choice, result.dto.citizen);
    if (result.brokenChoice.length > 0)
      return this.forms.redirectToChoice(request, reply, choice, result.brokenChoice);
    await this.forms.contactPage(request, reply, choice, contact, result.problems);
  }

  /** "Ret" on the check page: the contact form again, filled in from the check page's hidden fields. */
  @Post('/book/:triageId/kontakt/ret')
  @UseGuards(CsrfGuard)
  async change(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('triageId') triageId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const choice = readChoice(triageId, body);
    const broken = await brokenChoice(choice, this.pages.language(request));
    if (broken.length > 0) return this.forms.redirectToChoice(request, reply, choice, broken);
    await this.forms.contactPage(request, reply, choice, readContact(body));
  }
}
