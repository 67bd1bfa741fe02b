import { Module } from '@nestjs/common';
import { PageKitModule } from '../page/page-kit.module.js';

/** The waiting-room screen: public, no sign-in, queue numbers only. */
@Module({
  imports: [PageKitModule],
  controllers: [],
  providers: [],
})
export class ScreenModule {}
