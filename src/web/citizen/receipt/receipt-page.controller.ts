import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { pageHref } from '../../page/page-url.js';
import { Pages } from '../../page/pages.service.js';
import { SettingsService } from '../../../config/settings.service.js';
import { ManagedBookings } from './managed-bookings.service.js';
import { RECEIPT_TEXTS } from './receipt.texts.js';
import { referenceQrSvg } from './reference-qr.js';

/** The receipt a booking ends on: what was booked, the .ics, and the manage link to keep. */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller()
export class ReceiptPageController {
  constructor(
    private readonly pages: Pages,
    private readonly managed: ManagedBookings,
    private readonly settings: SettingsService,
  ) {}

  /** PUBLIC_BASE_URL when set: a forged Host header must not write the link a citizen keeps. */
  private origin(request: FastifyRequest): string {
    return this.settings.get('PUBLIC_BASE_URL') ?? `${request.protocol}://${request.host}`;
  }

  @Get('/kvittering/:reference')
  async receipt(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('reference') reference: string,
  ): Promise<void> {
    const language = this.pages.language(request);
    const { view } = await this.managed.find(request, reference);
    const t = RECEIPT_TEXTS[language];
    await this.pages.render(request, reply, 'citizen/receipt/receipt', {
      title: t.title,
      booking: view,
      // Shown in full, so it can be copied or written down as well as bookmarked.
      receipt: {
        t,
        manageUrl: `${this.origin(request)}${pageHref(view.managePath, language)}`,
        // Only while a visit is ahead: reception scans it at check-in (a callback is never checked in).
        qr:
          view.state === 'booked' && view.kind === 'visit'
            ? await referenceQrSvg(view.reference, t.qrLabel(view.reference))
            : undefined,
      },
    });
  }
}
