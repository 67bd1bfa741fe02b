import { plainToInstance, Transform } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min, validate } from 'class-validator';
import type { AuditEvent } from '../../../../audit/entities/audit-event.entity.js';
import type { StaffAccountResponse } from '../../../../auth/dto/staff-accounts.dto.js';
import type { Language } from '../../../../common/i18n/localized.js';
import { localDayBounds } from '../../../../common/time/local-date.js';
import { IsLocalDate } from '../../../../common/validation/local-date-time.js';
import { NotBefore } from '../../../../common/validation/spans.js';
import { IsText } from '../../../../common/validation/text.js';
import type { FieldError } from '../../../page/pages.service.js';
import { momentForPeople } from '../../../page/people-time.js';
import { AUDIT_LOG_TEXTS } from './audit-log.texts.js';
import { AUDIT_PATH } from './people-paths.js';
import { formText } from '../../../page/form-text.js';

/** The log is read in the municipality's days. */
export const AUDIT_ZONE = 'Europe/Copenhagen';
export const PAGE_SIZE = 50;

/** The filter as the page's GET form sends it (Danish names, empty fields left out). */
export class AuditFilterForm {
  @IsLocalDate({ optional: true })
  fra?: string;

  @IsLocalDate({ optional: true })
  @NotBefore('fra', 'date', false)
  til?: string;

  @IsText({ optional: true, min: 1, max: 100 })
  handling?: string;

  @IsOptional()
  @IsUUID()
  konto?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value,
  )
  @IsInt()
  @Min(1)
  @Max(100_000)
  side?: number;
}

export interface AuditFilter {
  form: Record<'fra' | 'til' | 'handling' | 'konto', string>;
  from?: Date;
  to?: Date;
  action?: string;
  actor?: string;
  page: number;
}

const KEYS = ['fra', 'til', 'handling', 'konto'] as const;
const text = (value: unknown) => formText(value).trim();

/** The query as a filter, or its problems at the fields (the page then lists nothing). */
export async function readAuditFilter(
  query: Record<string, unknown>,
  language: Language,
): Promise<{ filter: AuditFilter; errors: FieldError[] }> {
  const t = AUDIT_LOG_TEXTS[language];
  const form = Object.fromEntries(KEYS.map((key) => [key, text(query[key])])) as AuditFilter['form'];
  const given = Object.fromEntries(
    [...KEYS, 'side' as const].map((key) => [key, text(query[key])]).filter(([, value]) => value !== ''),
  );
  const dto = plainToInstance(AuditFilterForm, given);
  const problems = await validate(dto);
  const messages: Record<string, string> = {
    fra: t.dateInvalid,
    til: problems.some((p) => p.property === 'til' && p.constraints?.notBefore)
      ? t.toBeforeFrom
      : t.dateInvalid,
    handling: t.actionInvalid,
    konto: t.accountInvalid,
  };
  const errors = KEYS.filter((key) => problems.some((p) => p.property === key)).map((field) => ({
    field,
    message: messages[field],
  }));
  const valid = (key: string) => !problems.some((p) => p.property === key);
  const filter: AuditFilter = {
    form,
    from: dto.fra && valid('fra') ? localDayBounds(dto.fra, AUDIT_ZONE).from : undefined,
    to: dto.til && valid('til') ? localDayBounds(dto.til, AUDIT_ZONE).to : undefined,
    action: valid('handling') ? dto.handling : undefined,
    actor: valid('konto') ? dto.konto : undefined,
    page: valid('side') && dto.side ? dto.side : 1,
  };
  return { filter, errors };
}

export interface AuditRowView {
  at: string;
  time: string;
  account: string;
  action: string;
  bookings: string;
  objects: string;
}

/**
 * `names`: what the page knows the objects as (advisers, accounts, places by id or code); other
 * objects (an absence, a station) show as their ids.
 */
export function toAuditRows(
  events: AuditEvent[],
  accounts: Pick<StaffAccountResponse, 'id' | 'name' | 'email'>[],
  language: Language,
  now: Date,
  names: ReadonlyMap<string, string> = new Map(),
): AuditRowView[] {
  const t = AUDIT_LOG_TEXTS[language];
  const byId = new Map(accounts.map((account) => [account.id, account]));
  return events.map((event) => {
    const account = byId.get(event.actorId);
    return {
      at: event.occurredAt.toISOString(),
      time: momentForPeople(event.occurredAt, AUDIT_ZONE, language, now),
      account: account ? `${account.name} (${account.email})` : t.unknownAccount(event.actorId),
      action: event.action,
      bookings: event.bookings.join(', '),
      objects: event.objects.map((object) => names.get(object) ?? object).join(', '),
    };
  });
}

export interface PagerView {
  text: string;
  previous?: Record<string, string | undefined>;
  next?: Record<string, string | undefined>;
}

/** "Side 2 af 7" and the queries of the neighbouring pages (the filter kept). */
export function pager(filter: AuditFilter, total: number, language: Language): PagerView | undefined {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1 && filter.page === 1) return undefined;
  const t = AUDIT_LOG_TEXTS[language];
  const query = (page: number) => ({
    ...Object.fromEntries(Object.entries(filter.form).filter(([, value]) => value !== '')),
    side: String(page),
  });
  return {
    text: t.pageOf(Math.min(filter.page, pages), pages),
    previous: filter.page > 1 ? query(Math.min(filter.page - 1, pages)) : undefined,
    next: filter.page < pages ? query(filter.page + 1) : undefined,
  };
}

export interface FilterFormView {
  from: string;
  to: string;
  actions: { value: string; text: string; selected: boolean }[];
  accounts: { value: string; text: string; selected: boolean }[];
  resetHref: string;
}

export function filterFormView(
  filter: AuditFilter,
  actions: string[],
  accounts: Pick<StaffAccountResponse, 'id' | 'name' | 'email'>[],
  language: Language,
): FilterFormView {
  const t = AUDIT_LOG_TEXTS[language];
  const chosen = filter.form;
  const known =
    chosen.handling === '' || actions.includes(chosen.handling) ? actions : [...actions, chosen.handling];
  return {
    from: chosen.fra,
    to: chosen.til,
    actions: [
      { value: '', text: t.anyAction, selected: chosen.handling === '' },
      ...known.map((action) => ({ value: action, text: action, selected: action === chosen.handling })),
    ],
    accounts: [
      { value: '', text: t.anyAccount, selected: chosen.konto === '' },
      ...accounts.map((account) => ({
        value: account.id,
        text: `${account.name} (${account.email})`,
        selected: account.id === chosen.konto,
      })),
    ],
    resetHref: AUDIT_PATH,
  };
}
