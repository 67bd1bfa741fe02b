import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AuditLog } from '../../../audit/audit-log.service.js';
import { Clock } from '../../../common/clock/clock.js';
import { localDate } from '../../../common/time/local-date.js';
import type { TriageSession } from '../../../errands/entities/triage-session.entity.js';
import { TriageNotFoundError } from '../../../errands/errands.errors.js';
import { TriageService } from '../../../errands/triage.service.js';
import { DomainError } from '../../../common/errors/domain-error.js';
import { STATUS_BY_KIND } from '../../../common/errors/error-response.js';
import { VISIT_OUTCOMES } from '../../../bookings/entities/booking.entity.js';
import { AdviserDayService, DAY_ZONE } from '../../../visits/adviser-day.service.js';
import type { FieldError } from '../../page/pages.service.js';
import { TRIAGE_ANSWERS_TEXTS } from '../shared/triage-answers.texts.js';
import type { StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { ADVISER_DAY_TEXTS } from './adviser-day.texts.js';
import { toAdviserDayView } from './adviser-day.view.js';

/** The HTTP status of a page that shows a refused action in its error summary. */
export function statusOf(error: unknown): number {
  return error instanceof DomainError ? STATUS_BY_KIND[error.kind] : 400;
}

/** What the complete form of one visit held when it is shown again with its problems. */
export interface CompleteFormValues {
  key: string;
  outcome?: string;
  canDoAloneNextTime?: string;
}

export interface DayPageOptions {
  /** A local date; default today. */
  date?: string;
  notice?: (view: ReturnType<typeof toAdviserDayView>) => string | undefined;
  errors?: FieldError[];
  status?: number;
  form?: CompleteFormValues;
}

/**
 * "Min dag" as one page: the signed-in adviser's day (only their own visits), each visit with the
 * citizen's triage answers and what to bring. Reading it is audited like GET /advisers/me/day.
 */
@Injectable()
export class AdviserDayPage {
  constructor(
    private readonly pages: StaffPages,
    private readonly days: AdviserDayService,
    private readonly triage: TriageService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** The page for an account with the adviser role but no adviser record: what to do about it. */
  async notAnAdviser(request: StaffPageRequest, reply: FastifyReply): Promise<void> {
    const t = ADVISER_DAY_TEXTS[this.pages.language(request)];
    await this.pages.render(request, reply, 'staff/adviser/not-an-adviser', {
      title: t.notAnAdviserTitle,
      t,
      status: 403,
    });
  }

  async show(request: StaffPageRequest, reply: FastifyReply, options: DayPageOptions = {}): Promise<void> {
    const staff = request.staff!;
    if (!staff.adviserId) return this.notAnAdviser(request, reply);
    const language = this.pages.language(request);
    const now = this.clock.now();
    const day = await this.days.dayOf(staff.adviserId, options.date);
    const triages = await this.triagesOf(day.visits.map((visit) => visit.triageId));
    const view = toAdviserDayView(day, { language, today: localDate(now, DAY_ZONE), now, triages });
    await this.audit.record(staff.id, 'adviser-day.read', {
      bookings: view.visits.map((visit) => visit.reference),
      objects: [staff.adviserId],
    });
    const t = ADVISER_DAY_TEXTS[language];
    await this.pages.render(request, reply, 'staff/adviser/adviser-home', {
      title: t.title,
      t,
      day: view,
      notice: options.notice?.(view),
      form: options.form,
      outcomes: VISIT_OUTCOMES.map((value) => ({ value, label: t.outcomes[value] })),
      triageTexts: TRIAGE_ANSWERS_TEXTS,
      errors: options.errors,
      status: options.status,
      // After a POST the address is the action's: the language switch leads to the day itself.
      switchTo: { path: '/staff/raadgiver', query: { dato: view.isToday ? undefined : view.date } },
    });
  }

  private async triagesOf(ids: string[]): Promise<Map<string, TriageSession>> {
    const unique = [...new Set(ids)];
    const found = await Promise.all(
      // A triage that cannot be read only costs the answers, never the day.
      unique.map((id) =>
        this.triage.findById(id).catch((error: unknown) => {
          if (error instanceof TriageNotFoundError) return undefined;
          throw error;
        }),
      ),
    );
    return new Map(
      found.filter((triage): triage is TriageSession => !!triage).map((triage) => [triage.id, triage]),
    );
  }
}
