import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { ADMIN_HOME_TEXTS } from './admin-home.texts.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';

/** The administration's front page: what the municipality maintains, one link each. */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/admin')
export class AdminHomeController {
  constructor(private readonly pages: StaffPages) {}

  @Get()
  @StaffPage(['admin'])
  async home(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    const t = ADMIN_HOME_TEXTS[this.pages.language(request)];
    await this.pages.render(request, reply, 'staff/admin/admin-home', { title: t.title, t });
  }
}
