import { Module } from '@nestjs/common';
import { AdminPagesModule } from './admin/admin-pages.module.js';
import { AdviserPagesModule } from './adviser/adviser-pages.module.js';
import { HotlinePagesModule } from './hotline/hotline-pages.module.js';
import { ReceptionPagesModule } from './reception/reception-pages.module.js';
import { SignInPageController } from './sign-in/sign-in-page.controller.js';
import { StaffKitModule } from './staff-kit.module.js';
import { StatsPagesModule } from './stats/stats-pages.module.js';

/** The staff pages under /staff: sign-in, and one module per role's area. */
@Module({
  imports: [
    StaffKitModule,
    ReceptionPagesModule,
    AdviserPagesModule,
    HotlinePagesModule,
    AdminPagesModule,
    StatsPagesModule,
  ],
  controllers: [SignInPageController],
})
export class StaffWebModule {}
