import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrandsService } from '../../../errands/errands.service.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { Pages } from '../../page/pages.service.js';
import { START_TEXTS } from './start.texts.js';
import { searchQuery, toStartView } from './start.view.js';

@ApiExcludeController()
@UseFilters(PageErrorsFilter)
@Controller()
export class StartPageController {
  constructor(
    private readonly pages: Pages,
    private readonly errands: ErrandsService,
  ) {}

  /** "Hvad skal du?": a search in the citizen's own words, and the common errands as links. */
  @Get('/')
  async start(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('q') q?: unknown,
  ): Promise<void> {
    const lang = this.pages.language(request);
    const query = searchQuery(q);
    const all = await this.errands.findAll();
    const found = query ? (await this.errands.search(query)).map(({ errand }) => errand) : undefined;
    const t = START_TEXTS[lang];
    await this.pages.render(request, reply, 'citizen/start/start', {
      title: t.title,
      t,
      ...toStartView({ query, all, found }, lang),
    });
  }
}
