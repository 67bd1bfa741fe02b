import { createServer } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A received message, parsed by mailparser, with the envelope's recipients. */
export interface ReceivedMail {
  to: string[];
  mail: ParsedMail;
  raw: Buffer;
}

/** A TCP port nothing listens on (yet): found by listening on 0 and letting it go. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * A real SMTP server (smtp-server) on 127.0.0.1 that accepts every message and keeps it parsed.
 * A message is in `received` before the server answers 250 to its DATA, so once the sender's
 * sendMail has resolved the test can read it. `stop()` closes the port (an outage), `start()`
 * opens it again on the same port.
 */
export class TestMailbox {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | undefined;

  private constructor(readonly port: number) {}

  /** A mailbox on `port` (default: a free one), listening unless `listening: false`. */
  static async create(options: { port?: number; listening?: boolean } = {}): Promise<TestMailbox> {
    const mailbox = new TestMailbox(options.port ?? (await freePort()));
    if (options.listening !== false) await mailbox.start();
    return mailbox;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // Close at once, pooled client connections included: an outage is abrupt.
      closeTimeout: 100,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then(
            (mail) => {
              this.received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail, raw });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The messages sent to `address`. */
  to(address: string): ParsedMail[] {
    return this.received.filter((r) => r.to.includes(address)).map((r) => r.mail);
  }
}
