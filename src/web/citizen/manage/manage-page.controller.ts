import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BookingCancelledError, BookingStartedError } from '../../../bookings/bookings.errors.js';
import { BookingsService } from '../../../bookings/bookings.service.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { Pages } from '../../page/pages.service.js';
import { type ManagedBooking, ManagedBookings } from '../receipt/managed-bookings.service.js';
import { checkCancelReason } from './cancel-form.js';
import { textsFor } from './manage.texts.js';
import { MANAGE_MESSAGES, manageActionPaths, toManageView } from './manage-view.js';

/**
 * The manage link's pages (reference and token in the URL, as the receipt gave them): the visit,
 * and cancelling it after a confirm step. Moving it is ReschedulePageController's.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller()
export class ManagePageController {
  constructor(
    private readonly pages: Pages,
    private readonly managed: ManagedBookings,
    private readonly bookings: BookingsService,
  ) {}

  @Get('/min-tid/:reference')
  async manage(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
    @Query('besked') message: unknown,
  ): Promise<void> {
    const language = this.pages.language(request);
    const { token, view } = await this.managed.find(request, reference);
    const manage = toManageView(view, token, message, language);
    await this.pages.render(request, reply, 'citizen/manage/manage', {
      title: manage.t.title,
      booking: view,
      manage,
    });
  }

  @Get('/min-tid/:reference/aflys')
  async cancelPage(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
  ): Promise<void> {
    await this.renderCancel(request, reply, await this.managed.find(request, reference));
  }

  @Post('/min-tid/:reference/aflys')
  @UseGuards(CsrfGuard)
  async cancel(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const found = await this.managed.find(request, reference);
    const checked = await checkCancelReason(body.reason);
    if (!checked.ok) {
      const message = textsFor('cancel', found.view.kind, this.pages.language(request))[checked.problem];
      const reason = typeof body.reason === 'string' ? body.reason : '';
      return this.renderCancel(request, reply, found, { reason, message });
    }
    const { manage } = manageActionPaths(found.view.reference, found.token);
    try {
      await this.bookings.cancel(reference, found.token, checked.reason);
    } catch (error) {
      // Cancelled in another tab, or begun meanwhile: the manage page says which.
      if (error instanceof BookingCancelledError || error instanceof BookingStartedError)
        return this.pages.redirect(request, reply, manage);
      throw error;
    }
    this.pages.redirect(request, reply, manage, { besked: MANAGE_MESSAGES.cancelled });
  }

  /** The confirm step; a visit that can no longer be cancelled shows the manage page instead. */
  private async renderCancel(
    request: FastifyRequest,
    reply: FastifyReply,
    { token, view }: ManagedBooking,
    problem?: { reason: string; message: string },
  ): Promise<void> {
    const language = this.pages.language(request);
    const paths = manageActionPaths(view.reference, token);
    if (view.state !== 'booked') return this.pages.redirect(request, reply, paths.manage);
    const t = textsFor('cancel', view.kind, language);
    await this.pages.render(request, reply, 'citizen/manage/cancel', {
      title: t.title,
      back: paths.manage,
      errors: problem && [{ field: 'reason', message: problem.message }],
      booking: view,
      hideBring: true,
      cancel: { t, action: paths.cancel, keep: paths.manage, reason: problem?.reason ?? '' },
    });
  }
}
