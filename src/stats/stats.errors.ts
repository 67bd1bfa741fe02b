import { DomainError } from '../common/errors/domain-error.js';

export class StatsPeriodReversedError extends DomainError {
  readonly code = 'STATS_PERIOD_REVERSED';
  readonly kind = 'invalid';

  constructor(from: string, to: string) {
    super(
      {
        da: `Perioden slutter (${to}) før den begynder (${from}).`,
        en: `The period ends (${to}) before it begins (${from}).`,
      },
      { from, to },
    );
  }
}

export class StatsPeriodTooLongError extends DomainError {
  readonly code = 'STATS_PERIOD_TOO_LONG';
  readonly kind = 'invalid';

  constructor(days: number, maxDays: number) {
    super(
      {
        da: `Perioden er ${days} dage; højst ${maxDays} dage ad gangen.`,
        en: `The period is ${days} days; at most ${maxDays} days at a time.`,
      },
      { days, maxDays },
    );
  }
}
