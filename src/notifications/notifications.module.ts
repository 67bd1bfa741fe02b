import { Module } from '@nestjs/common';
import { Mailer } from './mail/mailer.js';
import { ManageTokenSweep } from './manage-token.sweep.js';
import { MessageSender } from './message-sender.js';
import { NotificationsOutbox } from './notifications-outbox.service.js';
import { NotificationsWorker } from './notifications.worker.js';
import { SMS_SENDER_PROVIDER } from './sms/sms.providers.js';

/**
 * Owns the outbox (`notifications`): the booking module writes a change's messages through
 * NotificationsOutbox in its own transaction, and the worker on every instance sends them by
 * e-mail (SMTP_URL) and SMS (SMS_PROVIDER). It reads bookings, never writes them.
 */
@Module({
  providers: [
    NotificationsOutbox,
    NotificationsWorker,
    ManageTokenSweep,
    MessageSender,
    Mailer,
    SMS_SENDER_PROVIDER,
  ],
  exports: [NotificationsOutbox, NotificationsWorker, ManageTokenSweep],
})
export class NotificationsModule {}
