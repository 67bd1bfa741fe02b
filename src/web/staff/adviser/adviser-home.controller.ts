import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { STAFF_LAYOUT_TEXTS } from '../layout/staff-layout.texts.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';

@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/raadgiver')
export class AdviserHomeController {
  constructor(private readonly pages: StaffPages) {}

  @Get()
  @StaffPage(['adviser'])
  async home(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    const title = STAFF_LAYOUT_TEXTS[this.pages.language(request)].adviser;
    await this.pages.render(request, reply, 'staff/adviser/adviser-home', { title });
  }
}
