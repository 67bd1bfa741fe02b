import { Module } from '@nestjs/common';
import { Csrf, CsrfGuard } from './csrf.js';
import { PageErrorsFilter, ProblemPage } from './page-errors.filter.js';
import { Pages } from './pages.service.js';

/** What every page needs, citizen or staff: rendering in the layout, CSRF, errors as pages. */
@Module({
  providers: [Pages, Csrf, CsrfGuard, ProblemPage, PageErrorsFilter],
  exports: [Pages, Csrf, CsrfGuard, ProblemPage, PageErrorsFilter],
})
export class PageKitModule {}
