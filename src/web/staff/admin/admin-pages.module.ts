import { Module } from '@nestjs/common';
import { StaffKitModule } from '../staff-kit.module.js';
import { AdminHomeController } from './admin-home.controller.js';
import { ErrandPagesModule } from './errands/errand-pages.module.js';
import { PeoplePagesModule } from './people/people-pages.module.js';
import { PlacesPagesModule } from './places/places-pages.module.js';

/** The admin pages under /staff. */
@Module({
  imports: [StaffKitModule, PlacesPagesModule, PeoplePagesModule, ErrandPagesModule],
  controllers: [AdminHomeController],
  providers: [],
})
export class AdminPagesModule {}
