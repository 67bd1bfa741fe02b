import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrandsService } from '../../../errands/errands.service.js';
import { PageErrorsFilter } from '../../page/page-errors.filter.js';
import { Pages } from '../../page/pages.service.js';
import { START_TEXTS } from './start.texts.js';

/** Errands most citizens come for, shown as links before anyone types (by the reference's volumes). */
export const COMMON_ERRANDS = ['PAS_VOKSEN', 'KK_FORNY', 'FLYT', 'LAEGE_SKIFT', 'MITID_NY', 'SUNDHEDSKORT'];

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
    const query = typeof q === 'string' ? q.trim().slice(0, 200) : '';
    const all = await this.errands.findAll();
    const common = COMMON_ERRANDS.flatMap((code) => all.filter((errand) => errand.code === code));
    const results = query ? (await this.errands.search(query)).map(({ errand }) => errand) : undefined;
    const t = START_TEXTS[lang];
    await this.pages.render(request, reply, 'citizen/start/start', {
      title: t.title,
      t,
      query,
      results: results?.map((errand) => ({
        code: errand.code,
        name: errand.name[lang],
        description: errand.description[lang],
      })),
      common: common.map((errand) => ({ code: errand.code, name: errand.name[lang] })),
    });
  }
}
