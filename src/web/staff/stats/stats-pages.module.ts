import { Module } from '@nestjs/common';
import { StatsModule } from '../../../stats/stats.module.js';
import { StaffKitModule } from '../staff-kit.module.js';
import { StatsCsvController } from './stats-csv.controller.js';
import { StatsPageController } from './stats-page.controller.js';

/** The statistics page under /staff/statistik and its CSV files. */
@Module({
  imports: [StaffKitModule, StatsModule],
  controllers: [StatsPageController, StatsCsvController],
})
export class StatsPagesModule {}
