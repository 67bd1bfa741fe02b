import { Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Settings } from '../../config/settings.js';
import { SettingsService } from '../../config/settings.service.js';
import { describeStartupError, StartupRefusedError } from '../../startup-errors.js';
import { HttpSmsSender } from './http-sms-sender.js';
import { LogSmsSender } from './log-sms-sender.js';
import { maskNumber, SmsSender } from './sms-sender.js';
import { SMS_SENDER_PROVIDER, smsSenderFor } from './sms.providers.js';

/** A Logger that keeps what it is given, to read what the log would say. */
class KeptLogger extends Logger {
  readonly lines: unknown[][] = [];
  override log(...parts: unknown[]) {
    this.lines.push(parts);
  }
  override debug(...parts: unknown[]) {
    this.lines.push(parts);
  }
}

const settingsWith = (values: Partial<Settings>) => ({
  get: <K extends keyof Settings>(key: K) =>
    ({ SMS_PROVIDER: 'log', SMS_SENDER: 'Kommune', ...values })[key as string] as Settings[K],
});

describe('LogSmsSender', () => {
  it('logs the length and the last two digits, never the number or the text', async () => {
    const logger = new KeptLogger();
    const text = 'Husk din tid tirsdag 8. december kl. 10.15. Ref. K7NP-4TXA.';
    await new LogSmsSender(logger).send('+4512345678', text);
    expect(logger.lines).toEqual([
      [{ characters: text.length, to: '+********78' }, 'SMS not sent (SMS_PROVIDER=log)'],
    ]);
    expect(JSON.stringify(logger.lines)).not.toContain('12345678');
    expect(JSON.stringify(logger.lines)).not.toContain('K7NP');
  });
});

describe('maskNumber', () => {
  it('keeps the plus and the last two digits', () => {
    expect(maskNumber('+4512345678')).toBe('+********78');
    expect(maskNumber('12')).toBe('**');
  });
});

describe('smsSenderFor', () => {
  it('logs by default', () => {
    expect(smsSenderFor(settingsWith({}))).toBeInstanceOf(LogSmsSender);
  });

  it('sends through the gateway with SMS_PROVIDER=http and its URL', () => {
    const sender = smsSenderFor(
      settingsWith({ SMS_PROVIDER: 'http', SMS_GATEWAY_URL: 'https://sms.example/send' }),
    );
    expect(sender).toBeInstanceOf(HttpSmsSender);
  });

  it('refuses to start with SMS_PROVIDER=http and no URL', () => {
    expect(() => smsSenderFor(settingsWith({ SMS_PROVIDER: 'http' }))).toThrow(StartupRefusedError);
    expect(() => smsSenderFor(settingsWith({ SMS_PROVIDER: 'http' }))).toThrow(/SMS_GATEWAY_URL/);
  });
});

describe('SMS_SENDER_PROVIDER in a Nest module', () => {
  const moduleWith = (values: Partial<Settings>) =>
    Test.createTestingModule({
      providers: [SMS_SENDER_PROVIDER, { provide: SettingsService, useValue: settingsWith(values) }],
    }).compile();

  it('gives the gateway sender to whoever injects SmsSender', async () => {
    const module = await moduleWith({ SMS_PROVIDER: 'http', SMS_GATEWAY_URL: 'https://sms.example/send' });
    expect(module.get(SmsSender)).toBeInstanceOf(HttpSmsSender);
  });

  it('stops the start with the one line that says what to set', async () => {
    const error = await moduleWith({ SMS_PROVIDER: 'http' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupRefusedError);
    expect(describeStartupError(error, { port: 3000 })).toMatch(/^SMS_PROVIDER=http needs SMS_GATEWAY_URL/);
  });
});
