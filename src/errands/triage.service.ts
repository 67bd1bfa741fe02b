import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { SettingsService } from '../config/settings.service.js';
import type { Language } from './errand-definition.js';
import { TriageSession, type TriageSource } from './entities/triage-session.entity.js';
import {
  InvalidAnswersError,
  NoRuleAppliesError,
  TriageExpiredError,
  TriageNotFoundError,
  TriageNotVisitError,
} from './errands.errors.js';
import { ErrandsService } from './errands.service.js';
import { checkAnswers, decide } from './triage-rules.js';

const HOUR_MS = 3_600_000;

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
    context: { language: Language; source: TriageSource },
  ): Promise<TriageSession> {
    const errand = await this.errands.findByCode(errandCode);
    const problems = checkAnswers(errand.questions, answers);
    if (problems) throw new InvalidAnswersError(errand.code, problems);
    const checked = answers as Record<string, boolean>;
    const rule = decide(errand.rules, checked);
    if (!rule) throw new NoRuleAppliesError(errand.code);

    const now = this.clock.now();
    const session = this.sessions.create({
      id: randomUUID(),
      errandId: errand.id,
      answers: checked,
      outcome: rule.outcome,
      ruleKey: rule.key,
      reason: { da: rule.reason.da, en: rule.reason.en },
      optionKeys: rule.optionKeys,
      source: context.source,
      language: context.language,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.settings.get('TRIAGE_TTL_HOURS') * HOUR_MS),
    });
    await this.sessions.insert(session);
    session.errand = errand;
    return session;
  }

  /** A stored triage with its errand (options, questions and rules loaded). */
  async findById(id: string): Promise<TriageSession> {
    const session = await this.sessions.findOneBy({ id });
    const errand = session && (await this.errands.findById(session.errandId));
    if (!session || !errand) throw new TriageNotFoundError(id);
    session.errand = errand;
    return session;
  }

  /** A triage that may be used to book: outcome `visit` and not expired. */
  async findBookingTicket(id: string): Promise<TriageSession> {
    const session = await this.findById(id);
    if (session.outcome !== 'visit') throw new TriageNotVisitError(id);
    if (this.isExpired(session)) throw new TriageExpiredError(id, session.expiresAt);
    return session;
  }

  isExpired(session: TriageSession): boolean {
    return session.expiresAt.getTime() <= this.clock.now().getTime();
  }
}
