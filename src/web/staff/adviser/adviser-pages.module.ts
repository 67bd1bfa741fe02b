import { Module } from '@nestjs/common';
import { StaffKitModule } from '../staff-kit.module.js';
import { AdviserHomeController } from './adviser-home.controller.js';

/** The adviser pages under /staff. */
@Module({
  imports: [StaffKitModule],
  controllers: [AdviserHomeController],
  providers: [],
})
export class AdviserPagesModule {}
