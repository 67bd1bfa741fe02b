import { Module } from '@nestjs/common';
import { AdminModule } from '../../../../admin/admin.module.js';
import { AuditModule } from '../../../../audit/audit.module.js';
import { ErrandsModule } from '../../../../errands/errands.module.js';
import { LocationsModule } from '../../../../locations/locations.module.js';
import { StaffingModule } from '../../../../staffing/staffing.module.js';
import { StaffKitModule } from '../../staff-kit.module.js';
import { AbsencePageController } from './absence-page.controller.js';
import { AdvisersPageController } from './advisers-page.controller.js';
import { AuditLogPageController } from './audit-log-page.controller.js';
import { PeopleChanges } from './people-changes.service.js';
import { PeoplePageData } from './people-page-data.service.js';
import { StaffAccountsPageController } from './staff-accounts-page.controller.js';
import { WorkingTimesPageController } from './working-times-page.controller.js';

/**
 * The admin's people pages: advisers with their working time and absences (/staff/admin/raadgivere),
 * staff accounts (/staff/admin/medarbejdere) and the audit log (/staff/admin/log).
 */
@Module({
  imports: [StaffKitModule, AdminModule, AuditModule, ErrandsModule, LocationsModule, StaffingModule],
  controllers: [
    AdvisersPageController,
    WorkingTimesPageController,
    AbsencePageController,
    StaffAccountsPageController,
    AuditLogPageController,
  ],
  providers: [PeopleChanges, PeoplePageData],
})
export class PeoplePagesModule {}
