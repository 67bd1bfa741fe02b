import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ErrandsModule } from '../errands/errands.module.js';
import { AdviserQueries } from './adviser-queries.service.js';
import { AdvisersAdminController } from './admin/advisers-admin.controller.js';
import { AdvisersController } from './advisers.controller.js';
import { Absence } from './entities/absence.entity.js';
import { Adviser, AdviserErrand } from './entities/adviser.entity.js';
import { WorkingTime } from './entities/working-time.entity.js';
import { StaffingService } from './staffing.service.js';
import { StaffingWriter } from './staffing.writer.js';

/** Advisers (borgerrådgivere), the errands they handle, their working time and absences. */
@Module({
  imports: [TypeOrmModule.forFeature([Adviser, AdviserErrand, WorkingTime, Absence]), ErrandsModule],
  controllers: [AdvisersController, AdvisersAdminController],
  providers: [StaffingService, StaffingWriter, AdviserQueries],
  exports: [StaffingService, StaffingWriter, AdviserQueries],
})
export class StaffingModule {}
