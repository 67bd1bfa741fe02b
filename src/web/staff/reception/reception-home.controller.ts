import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ReceptionDesk } from '../../../visits/reception-desk.service.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { StaffPage, type StaffPageRequest } from '../session/staff-page.guard.js';
import { StaffPages } from '../staff-pages.service.js';
import { RECEPTION_TEXTS, receptionPaths } from './reception.texts.js';

/** Reception's home: the places the account works at; with only one, straight to its arrivals. */
@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller('staff/reception')
export class ReceptionHomeController {
  constructor(
    private readonly pages: StaffPages,
    private readonly desk: ReceptionDesk,
  ) {}

  @Get()
  @StaffPage(['reception', 'admin'])
  async home(@Req() request: StaffPageRequest, @Res() reply: FastifyReply): Promise<void> {
    const locations = await this.desk.locationsFor(request.staff!);
    if (locations.length === 1)
      return this.pages.redirect(request, reply, receptionPaths(locations[0].code).arrivals);
    const t = RECEPTION_TEXTS[this.pages.language(request)];
    await this.pages.render(request, reply, 'staff/reception/reception-home', {
      title: t.area,
      t,
      locations: locations.map((location) => ({
        name: location.name,
        address: location.address,
        href: receptionPaths(location.code).arrivals,
      })),
    });
  }
}
