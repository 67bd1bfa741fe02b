import { Injectable } from '@nestjs/common';
import { StaffAccountNotFoundError } from '../../../../auth/auth.errors.js';
import { StaffAccountsService } from '../../../../auth/staff-accounts.service.js';
import type { Language } from '../../../../common/i18n/localized.js';
import { ERRAND_PAGES_TEXTS } from './errand-pages.texts.js';

/** Who saved a version, by name: the accounts as they are now (a deleted one has no name). */
@Injectable()
export class ErrandAuthors {
  constructor(private readonly accounts: StaffAccountsService) {}

  async namesOf(ids: (string | null)[]): Promise<Map<string, string>> {
    const distinct = [...new Set(ids.filter((id): id is string => id !== null))];
    const names = await Promise.all(distinct.map(async (id) => [id, await this.name(id)] as const));
    return new Map(names.flatMap(([id, name]) => (name ? [[id, name]] : [])));
  }

  /** "af Anne Admin", "af en slettet konto", or "indlæst fra datafil" when no account saved it. */
  async byline(id: string | null, language: Language): Promise<string> {
    const t = ERRAND_PAGES_TEXTS[language];
    if (id === null) return t.nobody;
    return `${t.by} ${(await this.name(id)) ?? t.unknownAccount}`;
  }

  private async name(id: string): Promise<string | undefined> {
    try {
      return (await this.accounts.get(id)).name;
    } catch (error) {
      if (error instanceof StaffAccountNotFoundError) return undefined;
      throw error;
    }
  }
}
