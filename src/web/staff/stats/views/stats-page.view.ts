import type { Language } from '../../../../common/i18n/localized.js';
import type {
  CapacityReport,
  SelfServiceReport,
  VisitsReport,
  WaitingReport,
} from '../../../../stats/stats.types.js';
import { pageHref } from '../../../page/page-url.js';
import { CSV_FILES, type CsvFile, STATS_PATH } from '../stats-paths.js';
import { formatDay } from '../stats-format.js';
import { STATS_TEXTS, type StatsTexts } from '../stats.texts.js';
import { type CapacityView, toCapacityView } from './capacity.view.js';
import { type SelfServiceView, toSelfServiceView } from './self-service.view.js';
import { toVisitsView, type VisitsView } from './visits.view.js';
import { toWaitingView, type WaitingView } from './waiting.view.js';

export interface StatsSections {
  /** "Perioden tirsdag 1. december 2026 til og med …". */
  period: string;
  selfService: SelfServiceView;
  visits: VisitsView;
  waiting: WaitingView;
  capacity: CapacityView;
}

/** The four reports of one period as the page's four sections. */
export function toStatsSections(
  [selfService, visits, waiting, capacity]: [SelfServiceReport, VisitsReport, WaitingReport, CapacityReport],
  language: Language,
): StatsSections {
  const t = STATS_TEXTS[language];
  const { from, to } = selfService.period;
  return {
    period: t.period(formatDay(from, language), formatDay(to, language)),
    selfService: toSelfServiceView(selfService, language),
    visits: toVisitsView(visits, language),
    waiting: toWaitingView(waiting, language),
    capacity: toCapacityView(capacity, language),
  };
}

const CSV_NAMES: Record<CsvFile, keyof StatsTexts> = {
  selfService: 'csvSelfService',
  visits: 'csvVisits',
  waiting: 'csvWaiting',
  firstFree: 'csvFirstFree',
  capacity: 'csvCapacity',
};

export type CsvLinks = Record<CsvFile, { href: string; text: string }>;

/** "Hent selvbetjening som CSV": the same filter, the file beside the page. */
export function csvLinks(query: Record<string, string>, language: Language): CsvLinks {
  const t = STATS_TEXTS[language];
  const entries = (Object.keys(CSV_FILES) as CsvFile[]).map((file) => [
    file,
    {
      href: pageHref(`${STATS_PATH}/${CSV_FILES[file]}.csv`, language, query),
      text: t.downloadCsv(t[CSV_NAMES[file]] as string),
    },
  ]);
  return Object.fromEntries(entries) as CsvLinks;
}
