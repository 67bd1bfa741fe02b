import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { STAFF_LAYOUT_TEXTS } from '../layout/staff-layout.texts.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';

@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/admin')
export class AdminHomeController {
  constructor(private readonly pages: StaffPages) {}

  @Get()
  @StaffPage(['admin'])
  async home(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    const title = STAFF_LAYOUT_TEXTS[this.pages.language(request)].admin;
    await this.pages.render(request, reply, 'staff/admin/admin-home', { title });
  }
}
