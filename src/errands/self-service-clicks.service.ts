import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { localDate } from '../common/time/local-date.js';
import { SelfServiceClick } from './entities/self-service-click.entity.js';
import { SelfServiceLinkNotFoundError } from './errands.errors.js';
import { TriageService } from './triage.service.js';

/** The statistics count days as the municipality lives them. */
const STATISTICS_ZONE = 'Europe/Copenhagen';

/** One statement, so simultaneous clicks on the same link each count (no read-modify-write). */
const COUNT_CLICK_SQL = `
INSERT INTO self_service_clicks (day, errand_id, option_key, outcome, clicks)
VALUES ($1, $2, $3, $4, 1)
ON CONFLICT ON CONSTRAINT pk_self_service_clicks
DO UPDATE SET clicks = self_service_clicks.clicks + 1`;

/** Self-service links as citizens follow them from their triage, counted for the statistics. */
@Injectable()
export class SelfServiceClicksService {
  constructor(
    @InjectRepository(SelfServiceClick) private readonly clicks: Repository<SelfServiceClick>,
    private readonly triage: TriageService,
    private readonly clock: Clock,
  ) {}

  /**
   * The catalog's address for a link the triage showed, after counting the click. Only an option
   * the triage named and the catalog gives an https address for: the caller redirects there, so
   * nothing a request says can choose the target. `count: false` finds the address without
   * counting (a HEAD request: a link checker or a preview, not a citizen following the link).
   */
  async follow(triageId: string, optionKey: string, { count = true } = {}): Promise<string> {
    const session = await this.triage.findById(triageId);
    const option = session.optionKeys.includes(optionKey)
      ? session.errand.selfServiceOptions.find((candidate) => candidate.key === optionKey)
      : undefined;
    if (!option?.url || !isHttps(option.url)) throw new SelfServiceLinkNotFoundError(triageId, optionKey);
    if (count) {
      const day = localDate(this.clock.now(), STATISTICS_ZONE);
      await this.clicks.query(COUNT_CLICK_SQL, [day, session.errandId, option.key, session.outcome]);
    }
    return option.url;
  }
}

function isHttps(url: string): boolean {
  return URL.canParse(url) && new URL(url).protocol === 'https:';
}
