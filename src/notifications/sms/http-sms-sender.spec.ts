import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpSmsSender } from './http-sms-sender.js';
import { SmsGatewayError } from './sms-sender.js';

interface Received {
  method?: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real HTTP gateway on a free port that answers as `answer` says and remembers each request. */
async function gateway(answer: (response: ServerResponse) => void) {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      received.push({ method: request.method, headers: request.headers, body });
      answer(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url: `http://127.0.0.1:${port}/sms`, received, close };
}

const TEXT = 'Husk din tid tirsdag 8. december kl. 10.15. Ref. K7NP-4TXA.';
const NUMBER = '+4512345678';

describe('HttpSmsSender', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('posts {to, from, text} as JSON with the bearer token', async () => {
    const gw = await gateway((response) => response.writeHead(202).end('{"id":"1"}'));
    close = gw.close;
    const sender = new HttpSmsSender({ url: gw.url, token: 'gateway-secret', from: 'Syddjurs' });
    await sender.send(NUMBER, TEXT);
    expect(gw.received).toHaveLength(1);
    const [request] = gw.received;
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers.authorization).toBe('Bearer gateway-secret');
    expect(JSON.parse(request.body)).toEqual({ to: NUMBER, from: 'Syddjurs', text: TEXT });
  });

  it('sends no Authorization header without a token', async () => {
    const gw = await gateway((response) => response.writeHead(200).end());
    close = gw.close;
    await new HttpSmsSender({ url: gw.url, from: 'Kommune' }).send(NUMBER, TEXT);
    expect(gw.received[0].headers.authorization).toBeUndefined();
  });

  it('turns a 500 into a retryable code, without the body or the number', async () => {
    const gw = await gateway((response) =>
      response.writeHead(500, { 'content-type': 'text/plain' }).end(`cannot deliver to ${NUMBER}: ${TEXT}`),
    );
    close = gw.close;
    const sending = new HttpSmsSender({ url: gw.url, from: 'Kommune' }).send(NUMBER, TEXT);
    await expect(sending).rejects.toThrow(SmsGatewayError);
    const error = (await sending.catch((e: unknown) => e)) as SmsGatewayError;
    expect(error.message).toBe('SMS_GATEWAY_500');
    expect(error.retryable).toBe(true);
    expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain(
      '12345678',
    );
  });

  it('marks a refusal of the request itself as not worth retrying', async () => {
    const gw = await gateway((response) => response.writeHead(422).end('{"error":"invalid number"}'));
    close = gw.close;
    await expect(
      new HttpSmsSender({ url: gw.url, from: 'Kommune' }).send(NUMBER, TEXT),
    ).rejects.toMatchObject({
      message: 'SMS_GATEWAY_422',
      retryable: false,
    });
  });

  it('gives up on a gateway that does not answer in time', async () => {
    // Never answers: the request hangs until the sender's timeout aborts it.
    const gw = await gateway(() => undefined);
    close = gw.close;
    const sender = new HttpSmsSender({ url: gw.url, from: 'Kommune', timeoutMs: 200 });
    await expect(sender.send(NUMBER, TEXT)).rejects.toMatchObject({
      message: 'SMS_GATEWAY_TIMEOUT',
      retryable: true,
    });
    expect(gw.received).toHaveLength(1);
  });

  it('reports a gateway nobody listens at as unreachable', async () => {
    const gw = await gateway((response) => response.end());
    await gw.close();
    await expect(
      new HttpSmsSender({ url: gw.url, from: 'Kommune' }).send(NUMBER, TEXT),
    ).rejects.toMatchObject({
      message: 'SMS_GATEWAY_UNREACHABLE',
    });
  });
});
