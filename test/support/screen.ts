import { get, type IncomingMessage } from 'node:http';

/** One server-sent event as it arrived, and when. */
export interface ReceivedEvent {
  event: string;
  data: string;
  at: number;
}

/** An event stream read with a plain HTTP request, as a TV's browser would hold it open. */
export interface EventStream {
  response: IncomingMessage;
  events: ReceivedEvent[];
  /** Everything received, comments and `retry:` included. */
  raw(): string;
  /** The first event (from now on, or already received when `since` is 0) that matches. */
  next(
    match: (event: ReceivedEvent) => boolean,
    options?: { timeoutMs?: number; since?: number },
  ): Promise<ReceivedEvent>;
  ended: Promise<void>;
  close(): void;
}

function parse(block: string, at: number): ReceivedEvent | undefined {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event: ')) event = line.slice(7);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  return data.length > 0 ? { event, data: data.join('\n'), at } : undefined;
}

/** Opens `url` and reads its events as they come; rejects when the answer is not a stream. */
export function openEventStream(url: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: { accept: 'text/event-stream' } }, (response) => {
      let text = '';
      let buffer = '';
      const events: ReceivedEvent[] = [];
      const waiters = new Set<() => void>();
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const parsed = parse(buffer.slice(0, end), Date.now());
          buffer = buffer.slice(end + 2);
          if (parsed) events.push(parsed);
        }
        for (const wake of waiters) wake();
      });
      const ended = new Promise<void>((done) => response.once('close', done));
      resolve({
        response,
        events,
        raw: () => text,
        ended,
        close: () => request.destroy(),
        next: (match, { timeoutMs = 5000, since = events.length } = {}) =>
          new Promise((found, fail) => {
            const check = () => {
              const hit = events.slice(since).find(match);
              if (!hit) return false;
              waiters.delete(check);
              clearTimeout(timer);
              found(hit);
              return true;
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`no matching event within ${timeoutMs} ms; got: ${text.slice(-500)}`));
            }, timeoutMs);
            waiters.add(check);
            check();
          }),
      });
    });
    request.on('error', reject);
  });
}

/** The queue as an event carries it. */
export function queueOf(event: ReceivedEvent): {
  called: { number: number; station: string }[];
  waiting: number[];
} {
  return JSON.parse(event.data) as { called: { number: number; station: string }[]; waiting: number[] };
}
