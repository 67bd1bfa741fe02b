import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { PageKitModule } from '../page/page-kit.module.js';
import { StaffPageGuard } from './session/staff-page.guard.js';
import { StaffSessionCookie } from './session/staff-session.cookie.js';
import { StaffPages } from './staff-pages.service.js';

/** What every staff page needs: the page kit, the staff layout and the session guard. */
@Module({
  imports: [PageKitModule, AuthModule],
  providers: [StaffPages, StaffSessionCookie, StaffPageGuard],
  exports: [PageKitModule, AuthModule, StaffPages, StaffSessionCookie, StaffPageGuard],
})
export class StaffKitModule {}
