import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Location } from '../../locations/entities/location.entity.js';
import { VisitsService } from '../../visits/visits.service.js';
import { type ScreenView, toScreenView } from './screen.view.js';
import { StreamSlots } from './stream-slots.js';

/** How often each location's queue is read while a screen watches it: a change shows within ~1 s. */
export const POLL_MS = 1000;
/** A comment line this often keeps proxies and TV browsers from closing a quiet stream. */
const KEEP_ALIVE_POLLS = 15;
export const STREAMS_PER_ADDRESS = 10;
export const STREAMS_TOTAL = 500;

/** One open event stream: where its messages go, and how it is ended. */
export interface QueueListener {
  send(text: string): void;
  end(): void;
}

interface Channel {
  location: Location;
  listeners: Set<QueueListener>;
  timer: NodeJS.Timeout;
  /** The last state sent, as sent. */
  last?: string;
  polling: boolean;
  polls: number;
  failing: boolean;
}

/** One server-sent event: its type and its data (one line of JSON). */
export function queueEvent(view: ScreenView): string {
  return `event: queue\ndata: ${JSON.stringify(view)}\n\n`;
}

/**
 * The waiting-room screens' live queue. Each location that some screen watches is read once a
 * second, however many screens watch it (one query per location, not per screen), and a new
 * state is sent to all of them only when it changed. Reading stops when the last screen leaves;
 * at shutdown every stream is ended, so closing the server never waits for a TV.
 */
@Injectable()
export class QueueFeed implements OnModuleDestroy {
  private readonly logger = new Logger('QueueFeed');
  private readonly channels = new Map<string, Channel>();
  private readonly slots = new StreamSlots(STREAMS_PER_ADDRESS, STREAMS_TOTAL);
  private closing = false;

  constructor(private readonly visits: VisitsService) {}

  /**
   * Starts sending the location's queue to `listener`: the current state at once, then each change.
   * Returns how to stop, or undefined when the address (or the server) has no stream to spare.
   */
  open(location: Location, address: string, listener: QueueListener): (() => void) | undefined {
    if (this.closing || !this.slots.take(address)) return undefined;
    const channel = this.channels.get(location.id) ?? this.start(location);
    channel.listeners.add(listener);
    let open = true;
    // After the caller has written the stream's head (it does so right after this returns).
    queueMicrotask(() => {
      if (open && channel.last) listener.send(channel.last);
    });
    return () => {
      if (!open) return;
      open = false;
      this.slots.release(address);
      channel.listeners.delete(listener);
      if (channel.listeners.size === 0) this.stop(channel);
    };
  }

  /** Open streams (for tests and the shutdown). */
  get streams(): number {
    return this.slots.size;
  }

  onModuleDestroy(): void {
    this.closing = true;
    for (const channel of [...this.channels.values()]) {
      this.stop(channel);
      for (const listener of channel.listeners) listener.end();
    }
  }

  private start(location: Location): Channel {
    const channel: Channel = {
      location,
      listeners: new Set(),
      timer: setInterval(() => void this.poll(channel), POLL_MS),
      polling: false,
      polls: 0,
      failing: false,
    };
    // A screen's stream must never keep the process alive by itself.
    channel.timer.unref();
    this.channels.set(location.id, channel);
    void this.poll(channel);
    return channel;
  }

  private stop(channel: Channel): void {
    clearInterval(channel.timer);
    if (this.channels.get(channel.location.id) === channel) this.channels.delete(channel.location.id);
  }

  private async poll(channel: Channel): Promise<void> {
    // A slow database: skip a beat rather than pile reads up.
    if (channel.polling) return;
    channel.polling = true;
    try {
      const event = queueEvent(toScreenView(await this.visits.queue(channel.location)));
      if (channel.failing) this.logger.log(`queue of ${channel.location.code} readable again`);
      channel.failing = false;
      channel.polls += 1;
      if (event !== channel.last) {
        channel.last = event;
        this.broadcast(channel, event);
      } else if (channel.polls % KEEP_ALIVE_POLLS === 0) this.broadcast(channel, ': still here\n\n');
    } catch (error) {
      // The screens keep showing the last state; the log says so once, not every second.
      if (!channel.failing)
        this.logger.warn(`queue of ${channel.location.code} unreadable: ${(error as Error).message}`);
      channel.failing = true;
    } finally {
      channel.polling = false;
    }
  }

  private broadcast(channel: Channel, text: string): void {
    for (const listener of channel.listeners) listener.send(text);
  }
}
