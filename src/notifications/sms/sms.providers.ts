import { type Provider } from '@nestjs/common';
import { SettingsService } from '../../config/settings.service.js';
import { smsRefusal, StartupRefusedError } from '../../startup-errors.js';
import { HttpSmsSender } from './http-sms-sender.js';
import { LogSmsSender } from './log-sms-sender.js';
import { SmsSender } from './sms-sender.js';

/** Picks the SmsSender by SMS_PROVIDER; an http provider without its URL stops the start. */
export function smsSenderFor(settings: Pick<SettingsService, 'get'>): SmsSender {
  const provider = settings.get('SMS_PROVIDER');
  const url = settings.get('SMS_GATEWAY_URL');
  const refusal = smsRefusal({ SMS_PROVIDER: provider, SMS_GATEWAY_URL: url });
  if (refusal) throw new StartupRefusedError(refusal);
  if (provider === 'http' && url)
    return new HttpSmsSender({
      url,
      token: settings.get('SMS_GATEWAY_TOKEN'),
      from: settings.get('SMS_SENDER'),
    });
  return new LogSmsSender();
}

/** Add to a module's providers (NotificationsModule) to inject `SmsSender`. */
export const SMS_SENDER_PROVIDER: Provider = {
  provide: SmsSender,
  inject: [SettingsService],
  useFactory: smsSenderFor,
};
