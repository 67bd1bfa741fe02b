import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { SettingsService } from '../../config/settings.service.js';

/** One e-mail to one citizen, as the worker hands it over. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per outbox row, so a receiving server could tell a repeat from a new message. */
  messageId: string;
  calendar?: { filename: string; content: string; method: 'PUBLISH' };
}

/** A stuck server must not hold a worker's claimed messages past their lease. */
const TIMEOUT_MS = 10_000;

/**
 * The e-mail port: SMTP_URL through one pooled nodemailer transport (created once, closed on
 * shutdown), or none when SMTP_URL is unset — then `enabled` is false and nothing is sent.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter | undefined;
  readonly from: string;

  constructor(settings: SettingsService) {
    this.from = settings.get('MAIL_FROM');
    const url = settings.get('SMTP_URL');
    this.transport =
      url === undefined
        ? undefined
        : nodemailer.createTransport({
            url,
            // A few reused connections: a batch goes out without a handshake per message.
            pool: true,
            maxConnections: 5,
            connectionTimeout: TIMEOUT_MS,
            greetingTimeout: TIMEOUT_MS,
            socketTimeout: TIMEOUT_MS,
          });
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  /** The part after @ in MAIL_FROM: message ids and calendar UIDs are ours under it. */
  get domain(): string {
    return /@([^>\s]+)>?$/.exec(this.from)?.[1] ?? 'localhost';
  }

  /** Resolves once the server accepted the message; rejects with nodemailer's error (with `code`). */
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('SMTP_URL is not set');
    await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      ...(mail.calendar && {
        attachments: [
          {
            filename: mail.calendar.filename,
            content: mail.calendar.content,
            contentType: `text/calendar; charset=utf-8; method=${mail.calendar.method}`,
          },
        ],
      }),
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
