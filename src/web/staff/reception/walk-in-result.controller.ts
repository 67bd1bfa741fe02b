import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Clock } from '../../../common/clock/clock.js';
import { formatInstant } from '../../../common/time/format-instant.js';
import type { TriageSession } from '../../../errands/entities/triage-session.entity.js';
import { TriageNotFoundError } from '../../../errands/errands.errors.js';
import { TriageService } from '../../../errands/triage.service.js';
import { isBookable } from '../../../errands/triage-ticket.js';
import type { Location } from '../../../locations/entities/location.entity.js';
import { BookLaterDto } from '../../../visits/dto/reception-bookings.dto.js';
import { NextFreeTimeService } from '../../../visits/next-free-time.service.js';
import { ReceptionDesk } from '../../../visits/reception-desk.service.js';
import { CsrfGuard } from '../../page/csrf.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { momentForPeople, timeForPeople } from '../../page/people-time.js';
import type { FieldError } from '../../page/pages.service.js';
import { errorAtField } from '../forms/staff-form.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { DeskPage, statusOf } from './desk-page.js';
import { reasonForm } from './reason-form.js';
import { RECEPTION_TEXTS, receptionPaths } from './reception.texts.js';
import { walkInPaths } from './walk-in-paths.js';
import { WALK_IN_TEXTS } from './walk-in.texts.js';
import { toGuidance } from './walk-in.view.js';
import { formText } from '../../page/form-text.js';

const ROLES = ['reception', 'admin'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Shown {
  booking?: string;
  name?: string;
  errors?: FieldError[];
  status?: number;
}

/**
 * The walk-in's result: booked and checked in now; or nothing free today and the next free time
 * to book by name; or the self-service guidance to hand over (printable); or why not here.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/reception/:location/walk-in/resultat/:triage')
export class WalkInResultController {
  constructor(
    private readonly pages: StaffPages,
    private readonly deskPage: DeskPage,
    private readonly desk: ReceptionDesk,
    private readonly triage: TriageService,
    private readonly nextFree: NextFreeTimeService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @StaffPage([...ROLES])
  async result(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
    @Param('triage') id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const location = await this.deskPage.location(request, ref);
    const booking = typeof query.booking === 'string' ? query.booking : undefined;
    await this.show(request, reply, location, await this.find(id), { booking });
  }

  @Post('book')
  @StaffPage([...ROLES])
  @UseGuards(CsrfGuard)
  async bookLater(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('location') ref: string,
    @Param('triage') id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = WALK_IN_TEXTS[language];
    const location = await this.deskPage.location(request, ref);
    const triage = await this.find(id);
    const name = formText(body?.name, 200);
    const start = formText(body?.start);
    const fields = { location: location.code, triage: triage.id, start, name };
    const form = await reasonForm(BookLaterDto, fields, language, t.laterNameMissing);
    if (!form.ok) return this.show(request, reply, location, triage, { name, errors: form.errors });
    let reference: string;
    try {
      const dto = form.dto;
      reference = (await this.desk.bookLater(location, dto.triage, dto.start, dto.name, language)).reference;
    } catch (error) {
      const errors = errorAtField(error, 'name', language);
      return this.show(request, reply, location, triage, { name, errors, status: statusOf(error) });
    }
    await this.deskPage.record(request, 'visit.walk-in-later', location, [reference]);
    this.pages.redirect(request, reply, receptionPaths(location.code).booking(reference));
  }

  /** A triage by id (no personal data in it); anything that is not an id is simply not found. */
  private async find(id: string): Promise<TriageSession> {
    if (!UUID.test(id)) throw new TriageNotFoundError(id.slice(0, 40));
    return this.triage.findById(id);
  }

  private async show(
    request: StaffPageRequest,
    reply: FastifyReply,
    location: Location,
    triage: TriageSession,
    shown: Shown,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = WALK_IN_TEXTS[language];
    const zone = location.timeZone;
    const now = this.clock.now();
    const found = shown.booking
      ? await this.desk.booking(shown.booking, request.staff!, location)
      : undefined;
    const visit = found?.booking.triageId === triage.id ? found.booking : undefined;
    if (visit) await this.deskPage.record(request, 'booking.read', location, [visit.reference]);
    const next =
      !visit && isBookable(triage) ? await this.nextFree.after(triage.errand, location) : undefined;
    const paths = walkInPaths(location.code);
    const { errand } = triage;
    await this.pages.render(request, reply, 'staff/reception/walk-in-result', {
      title: `${t.resultTitle} – ${t.title}`,
      t,
      rt: RECEPTION_TEXTS[language],
      errand: errand.name[language],
      outcome: triage.outcome,
      reason: triage.reason[language],
      visit: visit && {
        text: t.visitNow(
          RECEPTION_TEXTS[language].queueNumber(visit.queueNumber ?? 0),
          timeForPeople(visit.startsAt, zone, language),
          `${visit.station.name} · ${visit.adviser.name}`,
        ),
        href: receptionPaths(location.code).booking(visit.reference),
      },
      bookable: isBookable(triage) && !visit,
      next: next && {
        text: t.nextFree(momentForPeople(new Date(next.start), zone, language, now)),
        start: formatInstant(next.start, zone),
      },
      documents: errand.documents[language],
      fee: errand.fee[language],
      guidance: toGuidance(triage, language),
      name: shown.name ?? '',
      action: paths.later(triage.id),
      paths: { ...paths, arrivals: receptionPaths(location.code).arrivals },
      back: paths.errands,
      errors: shown.errors,
      status: shown.status,
      switchTo: { path: paths.result(triage.id), query: { booking: shown.booking } },
    });
  }
}
