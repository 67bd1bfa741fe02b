import { Injectable } from '@nestjs/common';
import { bookingCalendar } from '../bookings/booking-calendar.js';
import { formatReference } from '../bookings/booking-secrets.js';
import { SettingsService } from '../config/settings.service.js';
import {
  type BookingForMessage,
  type ClaimedNotification,
  type MessageOrigin,
  smsNumber,
  toMessageView,
} from './delivery.js';
import { Mailer } from './mail/mailer.js';
import { composeEmail } from './messages/compose-email.js';
import { composeSms } from './messages/compose-sms.js';
import { SmsSender } from './sms/sms-sender.js';

/**
 * The calendar entry's UID domain: the same as the .ics the citizen downloads from the receipt
 * (bookings.controller), so the attachment of a "changed" or "cancelled" mail updates that entry.
 */
const CALENDAR_DOMAIN = 'borgerservice.local';

/** Which messages carry the visit as a calendar entry (a cancelled one as STATUS:CANCELLED). */
const WITH_CALENDAR = new Set(['confirmation', 'changed', 'cancelled']);

/**
 * Composes one outbox message from its booking, in the booking's language, and hands it to the
 * mail server or the SMS port. Throws what the transport threw; the worker decides what it means.
 */
@Injectable()
export class MessageSender {
  constructor(
    private readonly settings: SettingsService,
    private readonly mailer: Mailer,
    private readonly sms: SmsSender,
  ) {}

  get mailEnabled(): boolean {
    return this.mailer.enabled;
  }

  /** Whether an SMS handed to the port reaches a phone (SMS_PROVIDER=log: only the log). */
  get smsDelivers(): boolean {
    return this.sms.delivers;
  }

  async send(row: ClaimedNotification, booking: BookingForMessage): Promise<void> {
    const view = toMessageView(row, booking, formatReference(booking.reference), this.origin());
    if (row.channel === 'sms') {
      await this.sms.send(smsNumber(booking.citizenPhone)!, composeSms(view));
      return;
    }
    const email = composeEmail(view);
    await this.mailer.send({
      to: booking.citizenEmail!,
      ...email,
      messageId: `<${row.id}@${this.mailer.domain}>`,
      ...(WITH_CALENDAR.has(row.kind) && {
        calendar: {
          filename: `${formatReference(booking.reference)}.ics`,
          content: bookingCalendar(booking, CALENDAR_DOMAIN),
          method: 'PUBLISH',
        },
      }),
    });
  }

  /** PUBLIC_BASE_URL, or this instance itself when it is unset (development). */
  private origin(): MessageOrigin {
    return {
      publicBaseUrl: this.settings.get('PUBLIC_BASE_URL') ?? `http://localhost:${this.settings.get('PORT')}`,
      municipality: this.settings.get('MUNICIPALITY_NAME'),
      phone: this.settings.get('BORGERSERVICE_PHONE'),
    };
  }
}
