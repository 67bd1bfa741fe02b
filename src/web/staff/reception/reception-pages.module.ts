import { Module } from '@nestjs/common';
import { StaffKitModule } from '../staff-kit.module.js';
import { ReceptionHomeController } from './reception-home.controller.js';

/** The reception pages under /staff. */
@Module({
  imports: [StaffKitModule],
  controllers: [ReceptionHomeController],
  providers: [],
})
export class ReceptionPagesModule {}
