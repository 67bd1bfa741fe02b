import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { formatReference } from '../../../bookings/booking-secrets.js';
import { Clock } from '../../../common/clock/clock.js';
import { localDate } from '../../../common/time/local-date.js';
import type { Location } from '../../../locations/entities/location.entity.js';
import { VisitsService } from '../../../visits/visits.service.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { localDateForPeople } from '../../page/people-time.js';
import type { FieldError } from '../../page/pages.service.js';
import { errorAtField } from '../forms/staff-form.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { ARRIVALS_TEXTS } from './arrivals.texts.js';
import { toArrivalsView } from './arrivals.view.js';
import { scannedReference } from './check-in.js';
import { DeskPage, statusOf } from './desk-page.js';
import { RECEPTION_TEXTS, receptionPaths } from './reception.texts.js';
import { formText } from '../../page/form-text.js';

const ROLES = ['reception', 'admin'] as const;

interface Shown {
  /** The reference just checked in (`?tjekket-ind=`), for the notice and the marked row. */
  current?: string;
  typed?: string;
  errors?: FieldError[];
  status?: number;
}

/** Today's arrivals at a location, with check-in (typed or scanned) and "find a booking" on top. */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/reception/:location')
export class ArrivalsPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly deskPage: DeskPage,
    private readonly visits: VisitsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @StaffPage([...ROLES])
  async arrivals(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const location = await this.deskPage.location(request, ref);
    const current = scannedReference(query['tjekket-ind']);
    await this.show(request, reply, location, { current });
  }

  /** The list alone, for the page's script to refresh it; reading it does not keep the session alive. */
  @Get('ankomster')
  @StaffPage([...ROLES], { touch: false })
  async list(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
  ): Promise<void> {
    const location = await this.deskPage.location(request, ref);
    const view = await this.view(request, location, {});
    await this.pages.render(request, reply, 'staff/reception/arrivals-list', view);
  }

  @Post('tjek-ind')
  @StaffPage([...ROLES])
  @UseGuards(CsrfGuard)
  async checkIn(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const location = await this.deskPage.location(request, ref);
    const typed = formText(body?.reference, 100);
    const reference = scannedReference(typed);
    if (!reference) {
      const errors = [{ field: 'reference', message: ARRIVALS_TEXTS[language].referenceMissing }];
      return this.show(request, reply, location, { errors, typed });
    }
    let checkedIn: string;
    try {
      checkedIn = (await this.visits.checkIn(reference, location)).reference;
    } catch (error) {
      const errors = errorAtField(error, 'reference', language);
      return this.show(request, reply, location, { errors, typed, status: statusOf(error) });
    }
    await this.deskPage.record(request, 'visit.check-in', location, [checkedIn]);
    this.pages.redirect(request, reply, receptionPaths(location.code).arrivals, {
      'tjekket-ind': formatReference(checkedIn),
    });
  }

  private async view(request: StaffPageRequest, location: Location, shown: Shown) {
    const language = this.pages.language(request);
    const bookings = await this.visits.arrivals(location);
    await this.deskPage.record(
      request,
      'arrivals.read',
      location,
      bookings.map((booking) => booking.reference),
    );
    const paths = receptionPaths(location.code);
    const today = localDate(this.clock.now(), location.timeZone);
    return {
      title: ARRIVALS_TEXTS[language].title,
      t: ARRIVALS_TEXTS[language],
      rt: RECEPTION_TEXTS[language],
      location: { code: location.code, name: location.name },
      day: localDateForPeople(today, language),
      paths,
      arrivals: toArrivalsView(bookings, {
        zone: location.timeZone,
        language,
        bookingHref: paths.booking,
        current: shown.current,
      }),
    };
  }

  private async show(
    request: StaffPageRequest,
    reply: FastifyReply,
    location: Location,
    shown: Shown,
  ): Promise<void> {
    const view = await this.view(request, location, shown);
    const checkedIn = view.arrivals.rows.find((row) => row.current);
    const t = view.t;
    await this.pages.render(request, reply, 'staff/reception/arrivals', {
      ...view,
      errors: shown.errors,
      status: shown.status,
      typed: shown.typed ?? '',
      notice: checkedIn && t.checkedIn(checkedIn.name, checkedIn.queue ?? '', checkedIn.where),
      // A form shown again after a POST switches language on the page itself.
      switchTo: { path: view.paths.arrivals },
    });
  }
}
