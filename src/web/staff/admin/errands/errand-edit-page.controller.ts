import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuditLog } from '../../../../audit/audit-log.service.js';
import type { Language } from '../../../../common/i18n/localized.js';
import { ErrandsService } from '../../../../errands/errands.service.js';
import type { Section } from '../../../../errands/versions/definition-diff.js';
import {
  type ErrandState,
  ErrandVersionsService,
} from '../../../../errands/versions/errand-versions.service.js';
import { CsrfGuard } from '../../../page/csrf.js';
import { PageErrorsFilter } from '../../../page/page-errors.filter.js';
import type { FieldError } from '../../../page/pages.service.js';
import { StaffPage, type StaffPageRequest } from '../../session/staff-page.guard.js';
import { StaffPages } from '../../staff-pages.service.js';
import { ERRAND_PAGES_TEXTS } from './errand-pages.texts.js';
import { ERRANDS_PATH, errandPath } from './errand-pages.view.js';
import { toPreviewView } from './preview.view.js';
import { readSection, sectionField, sectionOf, sectionText } from './section-form.js';
import { formText } from '../../../page/form-text.js';

const TITLES = {
  questions: 'editTitleQuestions',
  selfService: 'editTitleSelfService',
  rules: 'editTitleRules',
} as const;
const HINTS = {
  questions: 'editHintQuestions',
  selfService: 'editHintSelfService',
  rules: 'editHintRules',
} as const;

interface SectionForm {
  errand: ErrandState;
  slug: string;
  section: Section;
  json: string;
  errors?: FieldError[];
}

function sectionOrNotFound(slug: string): Section {
  const section = sectionOf(slug);
  if (!section) throw new NotFoundException();
  return section;
}

/**
 * Changing an errand's questions, self-service options or rules, one section per form (its JSON in
 * the data-file format), and trying the rules. A save that changes something is a new version.
 */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@StaffPage(['admin'])
@Controller(ERRANDS_PATH.slice(1))
export class ErrandEditPageController {
  constructor(
    private readonly pages: StaffPages,
    private readonly versions: ErrandVersionsService,
    private readonly errands: ErrandsService,
    private readonly audit: AuditLog,
  ) {}

  @Get(':code/proev')
  async preview(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const language = this.pages.language(request);
    const t = ERRAND_PAGES_TEXTS[language];
    const errand = await this.versions.current(code);
    const preview = toPreviewView(errand.definition, query, language);
    await this.pages.render(request, reply, 'staff/admin/errands/preview', {
      title: `${t.previewTitle}: ${errand.definition.name[language]}`,
      back: errandPath(errand.code),
      t,
      action: `${errandPath(errand.code)}/proev`,
      preview,
      errors: preview.errors,
    });
  }

  @Get(':code/:section')
  async editForm(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Param('section') slug: string,
  ): Promise<void> {
    const section = sectionOrNotFound(slug);
    const errand = await this.versions.current(code);
    await this.show(request, reply, { errand, slug, section, json: sectionText(errand.definition, section) });
  }

  @Post(':code/:section')
  @UseGuards(CsrfGuard)
  async save(
    @Req() request: StaffPageRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
    @Param('section') slug: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const section = sectionOrNotFound(slug);
    const language = this.pages.language(request);
    const errand = await this.versions.current(code);
    const typed = formText(body?.json);
    if (formText(body?.version) !== String(errand.version)) {
      const stale = ERRAND_PAGES_TEXTS[language].staleVersion.replace('{version}', String(errand.version));
      const errors = [{ field: sectionField(section), message: stale }];
      return this.show(request, reply, { errand, slug, section, json: typed, errors });
    }
    const read = readSection(errand.definition, section, typed, language);
    if (!read.ok)
      return this.show(request, reply, { errand, slug, section, json: typed, errors: read.errors });
    const saved = await this.errands.save(read.definition, { active: errand.active, by: request.staff!.id });
    if (saved.status === 'unchanged')
      return this.pages.redirect(request, reply, errandPath(errand.code), { uaendret: '1' });
    await this.audit.record(request.staff!.id, 'errand.put', { objects: [errand.code, saved.id] });
    this.pages.redirect(request, reply, errandPath(errand.code), { gemt: String(saved.version) });
  }

  private async show(request: StaffPageRequest, reply: FastifyReply, form: SectionForm): Promise<void> {
    const language: Language = this.pages.language(request);
    const t = ERRAND_PAGES_TEXTS[language];
    const { errand, section, errors = [] } = form;
    const path = errandPath(errand.code);
    await this.pages.render(request, reply, 'staff/admin/errands/section', {
      title: `${t[TITLES[section]]}: ${errand.definition.name[language]}`,
      back: path,
      t,
      action: `${path}/${form.slug}`,
      field: sectionField(section),
      label: t[TITLES[section]],
      hint: t[HINTS[section]],
      json: form.json,
      version: errand.version,
      path,
      errors,
      switchTo: { path: `${path}/${form.slug}` },
    });
  }
}
