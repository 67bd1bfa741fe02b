import { Module } from '@nestjs/common';
import { StaffingService } from './staffing.service.js';

@Module({ providers: [StaffingService], exports: [StaffingService] })
export class StaffingModule {}
