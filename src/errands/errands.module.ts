import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Errand } from './entities/errand.entity.js';
import { ErrandVersion } from './entities/errand-version.entity.js';
import { SelfServiceClick } from './entities/self-service-click.entity.js';
import { SelfServiceOption } from './entities/self-service-option.entity.js';
import { TriageQuestion } from './entities/triage-question.entity.js';
import { TriageRule } from './entities/triage-rule.entity.js';
import { TriageSession } from './entities/triage-session.entity.js';
import { CatalogController } from './admin/catalog.controller.js';
import { ErrandAdminController } from './admin/errand-admin.controller.js';
import { ErrandCatalogService } from './catalog/errand-catalog.service.js';
import { ErrandsController } from './errands.controller.js';
import { ErrandsService } from './errands.service.js';
import { SelfServiceClicksService } from './self-service-clicks.service.js';
import { TriageController } from './triage.controller.js';
import { TriageDaysWriter } from './triage-days.writer.js';
import { TriageRetentionSweep } from './triage-retention.sweep.js';
import { TriageService } from './triage.service.js';
import { ErrandVersionsService } from './versions/errand-versions.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Errand,
      ErrandVersion,
      SelfServiceOption,
      TriageQuestion,
      TriageRule,
      TriageSession,
      SelfServiceClick,
    ]),
  ],
  controllers: [ErrandsController, TriageController, ErrandAdminController, CatalogController],
  providers: [
    ErrandsService,
    TriageService,
    TriageRetentionSweep,
    SelfServiceClicksService,
    ErrandVersionsService,
    ErrandCatalogService,
    TriageDaysWriter,
  ],
  exports: [
    ErrandsService,
    TriageService,
    SelfServiceClicksService,
    ErrandVersionsService,
    ErrandCatalogService,
    TriageDaysWriter,
  ],
})
export class ErrandsModule {}
