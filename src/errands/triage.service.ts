import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { SettingsService } from '../config/settings.service.js';
import { preparedQuery } from '../database/prepared.js';
import type { Language, Outcome } from './errand-definition.js';
import { TriageSession, type TriageSource } from './entities/triage-session.entity.js';
import {
  InvalidAnswersError,
  NoRuleAppliesError,
  TriageExpiredError,
  TriageNotCallbackError,
  TriageNotFoundError,
  TriageNotSelfServiceError,
  TriageNotVisitError,
} from './errands.errors.js';
import { ErrandsService } from './errands.service.js';
import { checkAnswers, decide } from './triage-rules.js';
import { isBookable, offersCallback, type TicketKind } from './triage-ticket.js';

const HOUR_MS = 3_600_000;

const TRIAGE_BY_ID_SQL = `
SELECT id, errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en, option_keys, source, language, created_at,
  expires_at, self_service_tried_at
FROM triage_sessions WHERE id = $1`;

/**
 * Only a self-service triage that has not expired; the first time stays (a second press, or a
 * retry, changes nothing). No row: not found, not self-service or expired — the caller looks.
 */
const MARK_SELF_SERVICE_TRIED_SQL = `
UPDATE triage_sessions SET self_service_tried_at = COALESCE(self_service_tried_at, $2)
WHERE id = $1 AND outcome = 'self_service' AND expires_at > $2`;

/** The rule key and reason of a visit decided on the phone: the adviser's judgement, not a rule of the errand. */
export const PHONE_VISIT = {
  rule: 'hotline-needs-visit',
  reason: {
    da: 'Rådgiveren i telefonen vurderede, at du skal møde op.',
    en: 'The adviser on the phone found that you need to come in.',
  },
} as const;

/** The reason of a triage at reception whose rule would have offered a call instead. */
const CALLBACK_AT_DESK = {
  da: 'Det kan klares med hjælp i telefonen, men borgeren er her: hjælp ved skranken i stedet.',
  en: 'It can be solved with help on the phone, but the citizen is here: help at the desk instead.',
} as const;

const PHONE_VISIT_SQL = `
INSERT INTO triage_sessions (id, errand_id, errand_version, answers, outcome, rule_key, reason_da, reason_en,
  option_keys, source, location_id, language, created_at, expires_at)
SELECT $1, errand_id, errand_version, answers, 'visit', $2, $3, $4, '{}', 'phone', NULL, $5, $6, $7
FROM triage_sessions WHERE id = $8
RETURNING id`;

interface TriageRow {
  id: string;
  errand_id: string;
  errand_version: number;
  answers: Record<string, boolean>;
  outcome: Outcome;
  rule_key: string;
  reason_da: string;
  reason_en: string;
  option_keys: string[];
  source: TriageSource;
  language: Language;
  created_at: Date;
  expires_at: Date;
  self_service_tried_at: Date | null;
}

@Injectable()
export class TriageService {
  constructor(
    @InjectRepository(TriageSession) private readonly sessions: Repository<TriageSession>,
    private readonly errands: ErrandsService,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  /** Decides self-service or visit for the answers, by the errand's rules, and stores the decision. */
  async triage(
    errandCode: string,
    answers: Record<string, unknown>,
    context: { language: Language; source: TriageSource; locationId?: string },
  ): Promise<TriageSession> {
    const errand = await this.errands.findByCode(errandCode);
    const problems = checkAnswers(errand.questions, answers);
    if (problems) throw new InvalidAnswersError(errand.code, problems);
    const checked = answers as Record<string, boolean>;
    const rule = decide(errand.rules, checked);
    if (!rule) throw new NoRuleAppliesError(errand.code);

    const now = this.clock.now();
    // At the desk the citizen is already here: a call instead of a visit would send them home to
    // wait for the phone, so reception serves them (the rule's key still says what it decided).
    const atDesk = context.source === 'reception' && rule.outcome === 'callback';
    const session = this.sessions.create({
      id: randomUUID(),
      errandId: errand.id,
      // The cached errand's rules and version come from one snapshot: this is the version that decided.
      errandVersion: errand.version,
      answers: checked,
      outcome: atDesk ? 'visit' : rule.outcome,
      ruleKey: rule.key,
      reason: atDesk ? { ...CALLBACK_AT_DESK } : { da: rule.reason.da, en: rule.reason.en },
      optionKeys: rule.optionKeys,
      source: context.source,
      // Where a reception triage was made: the statistics count it at that place.
      locationId: context.locationId ?? null,
      language: context.language,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.settings.get('TRIAGE_TTL_HOURS') * HOUR_MS),
      selfServiceTriedAt: null,
    });
    await this.sessions.insert(session);
    session.errand = errand;
    return session;
  }

  /**
   * A stored triage with its errand: the options, questions and rules of the version that decided
   * it (usually the current one, from the cache), everything else as the errand is now.
   */
  async findById(id: string): Promise<TriageSession> {
    // Every availability request and booking starts here: a prepared statement, no ORM query building.
    const [row] = await preparedQuery<TriageRow>(
      this.sessions.manager.connection,
      'triage_by_id',
      TRIAGE_BY_ID_SQL,
      [id],
    );
    const errand = row && (await this.errands.findAtVersion(row.errand_id, row.errand_version));
    if (!row || !errand) throw new TriageNotFoundError(id);
    return this.sessions.create({
      id: row.id,
      errandId: row.errand_id,
      errandVersion: row.errand_version,
      errand,
      answers: row.answers,
      outcome: row.outcome,
      ruleKey: row.rule_key,
      reason: { da: row.reason_da, en: row.reason_en },
      optionKeys: row.option_keys,
      source: row.source,
      language: row.language,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      selfServiceTriedAt: row.self_service_tried_at,
    });
  }

  /**
   * A triage that may be used to book, not expired: outcome `visit`, or `self_service` when the
   * citizen has said they could not do it themselves. A plain self-service triage books nothing.
   */
  async findBookingTicket(id: string): Promise<TriageSession> {
    return this.asTicket(await this.findById(id), 'visit');
  }

  /**
   * A triage that may be used to book a callback from the hotline, not expired: outcome
   * `callback`, or `visit` by a rule that offers a call next to the visit (offersCallback).
   */
  async findCallbackTicket(id: string): Promise<TriageSession> {
    return this.asTicket(await this.findById(id), 'callback');
  }

  /** The session as a ticket for a visit or a callback, or why it is none. */
  asTicket(session: TriageSession, kind: TicketKind): TriageSession {
    if (kind === 'visit' && !isBookable(session))
      throw new TriageNotVisitError(session.id, session.outcome as Exclude<Outcome, 'visit'>);
    if (kind === 'callback' && !offersCallback(session))
      throw new TriageNotCallbackError(session.id, session.outcome);
    if (this.isExpired(session)) throw new TriageExpiredError(session.id, session.expiresAt);
    return session;
  }

  /**
   * "I could not do it myself": records that the citizen tried self-service first (the statistics
   * count it), which makes the triage a ticket for booking. Repeating it changes nothing.
   */
  async markSelfServiceTried(id: string): Promise<TriageSession> {
    const now = this.clock.now();
    const [, marked] = await this.sessions.query<[unknown[], number]>(MARK_SELF_SERVICE_TRIED_SQL, [id, now]);
    const session = await this.findById(id);
    if (marked > 0) return session;
    if (session.outcome !== 'self_service') throw new TriageNotSelfServiceError(id, session.outcome);
    throw new TriageExpiredError(id, session.expiresAt);
  }

  /**
   * "Needs a visit", decided by a hotline adviser on the phone: a triage of its own (source
   * `phone`, outcome `visit`), with the errand version and answers of the callback's triage. The
   * statistics count it as the phone's visit — at the place of the visit booked with it, as for an
   * online triage (no place of its own: the hotline decided, the visit is elsewhere) — and it is the
   * ticket the visit is booked with. Inside the caller's transaction (the one that records the
   * call's outcome).
   */
  async decideVisitByPhone(
    manager: EntityManager,
    fromTriageId: string,
    context: { language: Language },
  ): Promise<string> {
    const id = randomUUID();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.settings.get('TRIAGE_TTL_HOURS') * HOUR_MS);
    const inserted = await manager.query<{ id: string }[]>(PHONE_VISIT_SQL, [
      id,
      PHONE_VISIT.rule,
      PHONE_VISIT.reason.da,
      PHONE_VISIT.reason.en,
      context.language,
      now,
      expiresAt,
      fromTriageId,
    ]);
    if (inserted.length !== 1) throw new TriageNotFoundError(fromTriageId);
    return id;
  }

  isExpired(session: TriageSession): boolean {
    return session.expiresAt.getTime() <= this.clock.now().getTime();
  }
}
