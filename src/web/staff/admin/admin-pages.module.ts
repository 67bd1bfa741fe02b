import { Module } from '@nestjs/common';
import { StaffKitModule } from '../staff-kit.module.js';
import { AdminHomeController } from './admin-home.controller.js';

/** The admin pages under /staff. */
@Module({
  imports: [StaffKitModule],
  controllers: [AdminHomeController],
  providers: [],
})
export class AdminPagesModule {}
