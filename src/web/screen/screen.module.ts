import { Module } from '@nestjs/common';
import { LocationsModule } from '../../locations/locations.module.js';
import { VisitsModule } from '../../visits/visits.module.js';
import { PageKitModule } from '../page/page-kit.module.js';
import { QueueFeed } from './queue-feed.service.js';
import { ScreenPageController } from './screen-page.controller.js';

/** The waiting-room screen: public, no sign-in, queue numbers only. */
@Module({
  imports: [PageKitModule, VisitsModule, LocationsModule],
  controllers: [ScreenPageController],
  providers: [QueueFeed],
})
export class ScreenModule {}
