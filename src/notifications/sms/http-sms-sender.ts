import { SmsGatewayError, SmsSender } from './sms-sender.js';

export interface HttpSmsGateway {
  url: string;
  token?: string;
  /** The sender name the phone shows (SMS_SENDER). */
  from: string;
  /** How long a send may take before it counts as failed; 10 s unless a test says otherwise. */
  timeoutMs?: number;
}

/** Answers that the same request will never turn into a success. */
const PERMANENT = new Set([400, 401, 403, 404, 405, 410, 413, 415, 422]);

/**
 * SMS_PROVIDER=http: one JSON POST `{ to, from, text }` to SMS_GATEWAY_URL with SMS_GATEWAY_TOKEN
 * as a bearer token, for gateways (or a small bridge in front of one) that take that shape. Any
 * 2xx is accepted; anything else is an SmsGatewayError whose message is only a code.
 */
export class HttpSmsSender extends SmsSender {
  constructor(private readonly gateway: HttpSmsGateway) {
    super();
  }

  async send(to: string, text: string): Promise<void> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
    };
    if (this.gateway.token) headers.authorization = `Bearer ${this.gateway.token}`;
    let response: Response;
    try {
      response = await fetch(this.gateway.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ to, from: this.gateway.from, text }),
        signal: AbortSignal.timeout(this.gateway.timeoutMs ?? 10_000),
        redirect: 'error',
      });
    } catch (error) {
      // Neither the fetch error nor its cause is passed on: they can name the gateway's URL.
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new SmsGatewayError(timedOut ? 'SMS_GATEWAY_TIMEOUT' : 'SMS_GATEWAY_UNREACHABLE', true);
    }
    // The body is read and dropped so the connection can be reused; it is never logged or kept.
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok)
      throw new SmsGatewayError(`SMS_GATEWAY_${response.status}`, !PERMANENT.has(response.status));
  }
}
