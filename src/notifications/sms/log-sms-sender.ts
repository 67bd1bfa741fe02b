import { Logger } from '@nestjs/common';
import { maskNumber, SmsSender } from './sms-sender.js';

/**
 * SMS_PROVIDER=log (the default): nothing leaves the machine; each SMS is one log line with its
 * length and the number masked but for its last two digits. The text itself is never logged, not
 * even at debug level: it holds no name, but its reference and time point to one citizen's visit,
 * and logs are kept and read more widely than the outbox.
 */
export class LogSmsSender extends SmsSender {
  override readonly delivers = false;

  constructor(private readonly logger = new Logger('Sms')) {
    super();
  }

  send(to: string, text: string): Promise<void> {
    this.logger.log({ characters: text.length, to: maskNumber(to) }, 'SMS not sent (SMS_PROVIDER=log)');
    return Promise.resolve();
  }
}
