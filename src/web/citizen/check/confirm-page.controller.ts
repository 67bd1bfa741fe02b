import { Body, Controller, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isUUID } from 'class-validator';
import { BookingsService, type CreateBookingOptions } from '../../../bookings/bookings.service.js';
import { DomainError } from '../../../common/errors/domain-error.js';
import { toErrorResponse } from '../../../common/errors/error-response.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { Pages } from '../../page/pages.service.js';
import { FormExpiredError } from '../../web.errors.js';
import { checkBooking, readChoice, readContact } from '../contact/contact-form.js';
import { BookingForms } from './booking-forms.service.js';

/** How a confirm route proves the booking is a person's. */
type Proof = 'altcha' | 'none-without-javascript';

/**
 * "Book tiden": books what the check page showed. Two routes, because the proof of work needs
 * JavaScript: the form's own action (no script) books without a proof and answers to the stricter
 * RATE_LIMIT_BOOKINGS_WITHOUT_PROOF; app.js switches the form to the proof route once the ALTCHA
 * widget runs, which needs the solved challenge like POST /bookings. Both carry the Idempotency-Key
 * made when the check page was shown, so a second submit replays the first booking.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller()
export class ConfirmPageController {
  constructor(
    private readonly pages: Pages,
    private readonly forms: BookingForms,
    private readonly bookings: BookingsService,
  ) {}

  @Post('/book/:triageId/bekraeft')
  @UseGuards(CsrfGuard)
  withProof(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('triageId') triageId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    return this.confirm(request, reply, triageId, body, 'altcha');
  }

  @Post('/book/:triageId/bekraeft-uden-js')
  @UseGuards(CsrfGuard)
  withoutJavaScript(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('triageId') triageId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    return this.confirm(request, reply, triageId, body, 'none-without-javascript');
  }

  private async confirm(
    request: FastifyRequest,
    reply: FastifyReply,
    triageId: string,
    body: Record<string, unknown>,
    proof: Proof,
  ): Promise<void> {
    const language = this.pages.language(request);
    const choice = readChoice(triageId, body);
    const contact = readContact(body);
    const checked = await checkBooking(choice, contact, language, await this.forms.kindOf(choice));
    if (!checked.ok) {
      if (checked.brokenChoice.length > 0)
        return this.forms.redirectToChoice(request, reply, choice, checked.brokenChoice);
      return this.forms.contactPage(request, reply, choice, contact, checked.problems);
    }
    // Made by the check page; a form without one did not come from it.
    const idempotencyKey = body.idempotencyKey;
    if (typeof idempotencyKey !== 'string' || !isUUID(idempotencyKey)) throw new FormExpiredError();
    const solution = typeof body.altcha === 'string' && body.altcha !== '' ? body.altcha : undefined;
    const options: CreateBookingOptions =
      proof === 'none-without-javascript' ? { withoutChallenge: 'page-without-javascript' } : {};
    try {
      const booked = await this.bookings.create(checked.dto, idempotencyKey, language, solution, options);
      this.pages.redirect(request, reply, `/kvittering/${booked.reference}`, { token: booked.manageToken });
    } catch (error) {
      const problem = error instanceof DomainError ? toErrorResponse(error, language) : undefined;
      if (!problem) throw error;
      if (!problem.code.startsWith('CHALLENGE_'))
        return this.forms.notBookedPage(request, reply, choice, problem);
      // The proof did not hold (missing, expired, used): the same page again, to try once more.
      await this.forms.checkPage(request, reply, choice, checked.dto.citizen, {
        idempotencyKey,
        errors: [{ field: 'proof', message: this.forms.proofFailed(request) }],
        status: problem.statusCode,
      });
    }
  }
}
