import { Controller, Get, NotFoundException, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Clock } from '../../../../common/clock/clock.js';
import { ErrandVersionsService } from '../../../../errands/versions/errand-versions.service.js';
import { PageErrorsFilter } from '../../../page/page-errors.filter.js';
import { StaffPage, type StaffPageRequest } from '../../session/staff-page.guard.js';
import { StaffPages } from '../../staff-pages.service.js';
import { ErrandAuthors } from './errand-authors.service.js';
import { ERRAND_PAGES_TEXTS } from './errand-pages.texts.js';
import { ERRANDS_PATH, errandPath, toDefinitionView, toErrandList } from './errand-pages.view.js';
import { otherChanges, toChangesView, toHistoryView, VERSION_ZONE } from './version-changes.view.js';
import { momentForPeople } from '../../../page/people-time.js';

const VERSION = /^[1-9]\d{0,8}$/;

/** The admin's errand pages that read: the list, one errand, its history and one version. */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@StaffPage(['admin'])
@Controller(ERRANDS_PATH.slice(1))
export class ErrandPagesController {
  constructor(
    private readonly pages: StaffPages,
    private readonly versions: ErrandVersionsService,
    private readonly authors: ErrandAuthors,
    private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    const language = this.pages.language(request);
    const t = ERRAND_PAGES_TEXTS[language];
    const errands = toErrandList(await this.versions.list(), language);
    await this.pages.render(request, reply, 'staff/admin/errands/errands', {
      title: t.listTitle,
      t,
      errands,
    });
  }

  @Get(':code')
  async errand(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = ERRAND_PAGES_TEXTS[language];
    const errand = await this.versions.current(code);
    const saved = typeof query.gemt === 'string' && VERSION.test(query.gemt) ? query.gemt : undefined;
    const notice = saved ? `${t.saved} ${saved}.` : query.uaendret === '1' ? t.unchanged : undefined;
    const who = await this.authors.byline(errand.changedBy, language);
    await this.pages.render(request, reply, 'staff/admin/errands/errand', {
      title: errand.definition.name[language],
      back: ERRANDS_PATH,
      t,
      errand,
      path: errandPath(errand.code),
      changed: `${momentForPeople(errand.changedAt, VERSION_ZONE, language, this.clock.now())} ${who}`,
      view: toDefinitionView(errand.definition, language),
      notice,
      language,
    });
  }

  @Get(':code/historik')
  async history(@Req() request: StaffPageRequest, @Res() reply: FastifyReply, @Param('code') code: string) {
    const language = this.pages.language(request);
    const t = ERRAND_PAGES_TEXTS[language];
    const { errand, versions } = await this.versions.history(code);
    const authors = await this.authors.namesOf(versions.map((entry) => entry.createdBy));
    await this.pages.render(request, reply, 'staff/admin/errands/history', {
      title: `${t.historyTitle}: ${errand.definition.name[language]}`,
      back: errandPath(errand.code),
      t,
      rows: toHistoryView(versions, authors, language, this.clock.now()),
    });
  }

  @Get(':code/historik/:version')
  async version(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Param('version') version: string,
  ): Promise<void> {
    if (!VERSION.test(version)) throw new NotFoundException();
    const language = this.pages.language(request);
    const t = ERRAND_PAGES_TEXTS[language];
    const { errand, entry, previous } = await this.versions.version(code, Number(version));
    const [row] = toHistoryView(
      [entry],
      await this.authors.namesOf([entry.createdBy]),
      language,
      this.clock.now(),
    );
    await this.pages.render(request, reply, 'staff/admin/errands/version', {
      title: `${t.versionTitle} ${entry.version}: ${errand.definition.name[language]}`,
      back: `${errandPath(errand.code)}/historik`,
      t,
      row,
      first: entry.version === 1,
      changes: toChangesView(previous, entry.definition, entry.diff, language),
      other: otherChanges(entry.diff, language),
      view: toDefinitionView(entry.definition, language),
      language,
    });
  }
}
