import { Module } from '@nestjs/common';
import { AuditModule } from '../../../../audit/audit.module.js';
import { ErrandsModule } from '../../../../errands/errands.module.js';
import { StaffKitModule } from '../../staff-kit.module.js';
import { ErrandAuthors } from './errand-authors.service.js';
import { ErrandEditPageController } from './errand-edit-page.controller.js';
import { ErrandPagesController } from './errand-pages.controller.js';

/** The admin's errand pages (/staff/admin/aerinder): the catalog, versions, edits and trials. */
@Module({
  imports: [StaffKitModule, AuditModule, ErrandsModule],
  controllers: [ErrandPagesController, ErrandEditPageController],
  providers: [ErrandAuthors],
})
export class ErrandPagesModule {}
