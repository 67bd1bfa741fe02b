import { DateTime } from 'luxon';
import type { Language } from '../../../common/i18n/localized.js';
import { isLocalDate } from '../../../common/validation/patterns.js';
import { DEFAULT_PERIOD_DAYS, MAX_PERIOD_DAYS } from '../../../stats/stats-period.js';
import type { SelfServiceDimension, StatsPeriod } from '../../../stats/stats.types.js';
import { formText } from '../../page/form-text.js';
import type { FieldError } from '../../page/pages.service.js';
import { STATS_TEXTS } from './stats.texts.js';

/** "Vis pr." as the page's GET form sends it: Danish words in the address, the API's dimensions inside. */
export const BY_PARAM: Record<string, SelfServiceDimension> = {
  aerinde: 'errand',
  sted: 'location',
  kanal: 'channel',
  uge: 'week',
  maaned: 'month',
};
const PARAM_OF = Object.fromEntries(Object.entries(BY_PARAM).map(([param, by]) => [by, param])) as Record<
  SelfServiceDimension,
  string
>;

export interface StatsFilter {
  /** What the form shows again, as sent (or the defaults). */
  form: { fra: string; til: string; vis: string };
  by: SelfServiceDimension;
  /** Set only when the form had no problems. */
  period?: StatsPeriod;
}

function daysBetween(from: string, to: string): number {
  return DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days + 1;
}

/**
 * The query as a period and a dimension, or the problems at the fields. `today` is the
 * municipality's date now. Without dates, and at most as long, as the stats API: the last 30 days
 * and today, up to 400 days (a year beside the same weeks before it).
 */
export function readStatsFilter(
  query: Record<string, unknown>,
  today: string,
  language: Language,
): { filter: StatsFilter; errors: FieldError[] } {
  const t = STATS_TEXTS[language];
  const text = (name: string) => formText(query[name], 40).trim();
  const defaultFrom = DateTime.fromISO(today, { zone: 'utc' })
    .minus({ days: DEFAULT_PERIOD_DAYS })
    .toISODate()!;
  const form = { fra: text('fra') || defaultFrom, til: text('til') || today, vis: text('vis') || 'aerinde' };
  const errors: FieldError[] = [];
  const fromOk = isLocalDate(form.fra);
  const toOk = isLocalDate(form.til);
  if (!fromOk) errors.push({ field: 'fra', message: t.dateInvalid });
  if (!toOk) errors.push({ field: 'til', message: t.dateInvalid });
  else if (fromOk && form.til < form.fra) errors.push({ field: 'til', message: t.toBeforeFrom });
  else if (fromOk && daysBetween(form.fra, form.til) > MAX_PERIOD_DAYS)
    errors.push({ field: 'til', message: t.tooLong(MAX_PERIOD_DAYS) });
  const by = Object.hasOwn(BY_PARAM, form.vis) ? BY_PARAM[form.vis] : undefined;
  if (!by) errors.push({ field: 'vis', message: t.byInvalid });
  const filter: StatsFilter = { form, by: by ?? 'errand' };
  if (errors.length === 0) filter.period = { from: form.fra, to: form.til };
  return { filter, errors };
}

/** The filter's query for links (CSV downloads) that should show the same numbers. */
export function filterQuery(filter: StatsFilter): Record<string, string> {
  return { fra: filter.form.fra, til: filter.form.til, vis: PARAM_OF[filter.by] };
}

/** The "vis pr." choices, the chosen one selected. */
export function byOptions(filter: StatsFilter, language: Language) {
  const t = STATS_TEXTS[language];
  return Object.entries(BY_PARAM).map(([value, by]) => ({
    value,
    text: t.dimensions[by],
    selected: value === filter.form.vis,
  }));
}
