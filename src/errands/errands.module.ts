import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Errand } from './entities/errand.entity.js';
import { SelfServiceClick } from './entities/self-service-click.entity.js';
import { SelfServiceOption } from './entities/self-service-option.entity.js';
import { TriageQuestion } from './entities/triage-question.entity.js';
import { TriageRule } from './entities/triage-rule.entity.js';
import { TriageSession } from './entities/triage-session.entity.js';
import { ErrandsController } from './errands.controller.js';
import { ErrandsService } from './errands.service.js';
import { SelfServiceClicksService } from './self-service-clicks.service.js';
import { TriageController } from './triage.controller.js';
import { TriageRetentionSweep } from './triage-retention.sweep.js';
import { TriageService } from './triage.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Errand,
      SelfServiceOption,
      TriageQuestion,
      TriageRule,
      TriageSession,
      SelfServiceClick,
    ]),
  ],
  controllers: [ErrandsController, TriageController],
  providers: [ErrandsService, TriageService, TriageRetentionSweep, SelfServiceClicksService],
  exports: [ErrandsService, TriageService, SelfServiceClicksService],
})
export class ErrandsModule {}
