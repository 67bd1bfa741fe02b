/**
 * The port to whatever delivers SMS. `to` is the number in E.164 (`+4512345678`); `text` is one
 * composed SMS (composeSms: at most 160 GSM-7 characters). Resolves once the gateway has accepted
 * it; rejects with an SmsGatewayError (or a plain Error) the outbox records and retries.
 */
export abstract class SmsSender {
  /** False for an adapter that only records (the log): the outbox then says skipped, not sent. */
  readonly delivers: boolean = true;

  abstract send(to: string, text: string): Promise<void>;
}

/**
 * A refusal or failure of the gateway, as a code only (`SMS_GATEWAY_502`, `SMS_GATEWAY_TIMEOUT`):
 * the outbox stores the message as `last_error`, so it never holds the gateway's answer (which
 * may quote the number or the text) or the number.
 */
export class SmsGatewayError extends Error {
  constructor(
    readonly code: string,
    /** False when sending the same SMS again cannot help (the gateway refused the request itself). */
    readonly retryable: boolean,
  ) {
    super(code);
    this.name = 'SmsGatewayError';
  }
}

/** "+********78": enough to match a log line to a citizen who asks, not enough to call anyone. */
export function maskNumber(to: string): string {
  const digits = to.replace(/\D/g, '');
  if (digits.length <= 2) return '**';
  return `${to.startsWith('+') ? '+' : ''}${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
}
