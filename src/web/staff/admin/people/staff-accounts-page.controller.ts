import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  CreateStaffAccountDto,
  type OneTimePasswordResponse,
  type StaffAccountResponse,
  UpdateStaffAccountDto,
} from '../../../../auth/dto/staff-accounts.dto.js';
import { parseUuid } from '../../../../common/pipes/parse-uuid.js';
import { CsrfGuard } from '../../../page/csrf.js';
import { PageErrorsFilter } from '../../../page/page-errors.filter.js';
import type { FieldError } from '../../../page/pages.service.js';
import { readForm } from '../../forms/staff-form.js';
import { StaffPage, type StaffPageRequest } from '../../session/staff-page.guard.js';
import { StaffPages } from '../../staff-pages.service.js';
import { PeopleChanges } from './people-changes.service.js';
import { PeoplePageData } from './people-page-data.service.js';
import { accountPath, STAFF_PATH } from './people-paths.js';
import {
  accountErrors,
  accountFormView,
  createBody,
  EMPTY_ACCOUNT,
  refusalAtField,
  type TypedAccount,
  typedAccount,
  typedFromAccount,
  updateBody,
} from './staff-account-form.js';
import { STAFF_ACCOUNTS_TEXTS } from './staff-accounts.texts.js';
import { accountNotice, toAccountPage, toAccountRows } from './staff-accounts.view.js';

/**
 * Staff accounts: the list, a new account, one account (change it, deactivate or reactivate it,
 * reset its password). A one-time password is shown once, in the answer to the POST that made it
 * (never in an address or a redirect), and is not kept anywhere.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@StaffPage(['admin'])
@Controller(STAFF_PATH.slice(1))
export class StaffAccountsPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly data: PeoplePageData,
    private readonly changes: PeopleChanges,
  ) {}

  @Get()
  async list(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    const language = this.pages.language(request);
    const t = STAFF_ACCOUNTS_TEXTS[language];
    const [accounts, lookup] = await Promise.all([this.data.accounts.list(), this.data.lookup(language)]);
    await this.pages.render(request, reply, 'staff/admin/people/staff-accounts', {
      title: t.title,
      back: '/staff/admin',
      t,
      accounts: toAccountRows(accounts, lookup.place, language),
      newHref: `${STAFF_PATH}/ny`,
    });
  }

  @Get('ny')
  async newForm(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.showNew(request, reply, EMPTY_ACCOUNT);
  }

  @Post('ny')
  @UseGuards(CsrfGuard)
  async create(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const typed = typedAccount(body);
    const form = await readForm(CreateStaffAccountDto, body, language, () => createBody(typed));
    if (!form.ok) return this.showNew(request, reply, typed, accountErrors(form.errors, typed, language));
    let account: OneTimePasswordResponse;
    try {
      account = await this.changes.createAccount(request.staff!, form.dto);
    } catch (error) {
      const refusal = refusalAtField(error, language);
      if (!refusal) throw error;
      return this.showNew(request, reply, typed, [refusal]);
    }
    await this.showPassword(request, reply, account);
  }

  @Get(':id')
  async account(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('id', parseUuid('id')) id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const account = await this.data.accounts.get(id);
    const notice = accountNotice(query, this.pages.language(request));
    await this.showAccount(request, reply, account, typedFromAccount(account), { notice });
  }

  @Post(':id')
  @UseGuards(CsrfGuard)
  async update(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('id', parseUuid('id')) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const account = await this.data.accounts.get(id);
    const typed = { ...typedAccount(body), email: account.email };
    const form = await readForm(UpdateStaffAccountDto, body, language, () => updateBody(typed));
    if (!form.ok) {
      const errors = accountErrors(form.errors, typed, language);
      return this.showAccount(request, reply, account, typed, { errors });
    }
    try {
      await this.changes.updateAccount(request.staff!, id, form.dto);
    } catch (error) {
      const refusal = refusalAtField(error, language);
      if (!refusal) throw error;
      return this.showAccount(request, reply, account, typed, { errors: [refusal] });
    }
    this.pages.redirect(request, reply, accountPath(id), { besked: 'gemt' });
  }

  @Post(':id/status')
  @UseGuards(CsrfGuard)
  async setActive(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('id', parseUuid('id')) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const account = await this.data.accounts.get(id);
    const active = body?.active === 'ja';
    try {
      await this.changes.updateAccount(request.staff!, id, { active });
    } catch (error) {
      const refusal = refusalAtField(error, language);
      if (!refusal) throw error;
      const errors = [{ field: 'status-submit', message: refusal.message }];
      return this.showAccount(request, reply, account, typedFromAccount(account), { errors, status: 409 });
    }
    this.pages.redirect(request, reply, accountPath(id), { besked: active ? 'genaktiveret' : 'deaktiveret' });
  }

  @Post(':id/adgangskode')
  @UseGuards(CsrfGuard)
  async resetPassword(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('id', parseUuid('id')) id: string,
  ): Promise<void> {
    await this.showPassword(request, reply, await this.changes.resetPassword(request.staff!, id));
  }

  private async showNew(
    request: StaffPageRequest,
    reply: FastifyReply,
    typed: TypedAccount,
    errors?: FieldError[],
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = STAFF_ACCOUNTS_TEXTS[language];
    const [places, advisers] = await Promise.all([this.data.places(), this.data.advisers.list()]);
    await this.pages.render(request, reply, 'staff/admin/people/staff-account-new', {
      title: t.newTitle,
      back: STAFF_PATH,
      t,
      errors,
      action: `${STAFF_PATH}/ny`,
      cancelHref: STAFF_PATH,
      form: accountFormView(typed, places, advisers, language),
      switchTo: errors ? { path: `${STAFF_PATH}/ny` } : undefined,
    });
  }

  private async showAccount(
    request: StaffPageRequest,
    reply: FastifyReply,
    account: StaffAccountResponse,
    typed: TypedAccount,
    state: { errors?: FieldError[]; notice?: { text: string }; status?: number },
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = STAFF_ACCOUNTS_TEXTS[language];
    const [places, advisers, lookup] = await Promise.all([
      this.data.places(),
      this.data.advisers.list(),
      this.data.lookup(language),
    ]);
    await this.pages.render(request, reply, 'staff/admin/people/staff-account', {
      title: account.name,
      back: STAFF_PATH,
      t,
      errors: state.errors,
      status: state.status,
      notice: state.notice,
      account: toAccountPage(account, advisers, lookup.place, language),
      form: accountFormView(typed, places, advisers, language),
      switchTo: state.errors ? { path: accountPath(account.id) } : undefined,
    });
  }

  private async showPassword(
    request: StaffPageRequest,
    reply: FastifyReply,
    account: OneTimePasswordResponse,
  ): Promise<void> {
    const t = STAFF_ACCOUNTS_TEXTS[this.pages.language(request)];
    await this.pages.render(request, reply, 'staff/admin/people/one-time-password', {
      title: t.passwordTitle,
      t,
      name: account.name,
      password: account.oneTimePassword,
      accountHref: accountPath(account.id),
      // The language switch must not repeat the POST: it leads to the account's page.
      switchTo: { path: accountPath(account.id) },
    });
  }
}
