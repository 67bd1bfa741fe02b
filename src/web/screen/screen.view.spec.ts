import { MAX_CALLED, toScreenView } from './screen.view.js';
import { queueEvent } from './queue-feed.service.js';
import { StreamSlots } from './stream-slots.js';

const entry = (
  queueNumber: number,
  status: string,
  station = 'Skranke 1',
  calledAt: string | null = null,
) => ({
  queueNumber,
  status,
  station: { name: station },
  calledAt: calledAt ? new Date(calledAt) : null,
  // What a booking also has, and the screen must never show.
  citizenName: 'Karen Jensen',
});

describe('the waiting-room screen', () => {
  it('shows the latest call first with its station, and the waiting numbers in order', () => {
    const view = toScreenView([
      entry(3, 'checked_in'),
      entry(1, 'called', 'Skranke 2', '2026-11-25T10:00:00Z'),
      entry(2, 'called', 'Skranke 3', '2026-11-25T10:05:00Z'),
      entry(5, 'checked_in'),
      entry(4, 'checked_in'),
    ]);
    expect(view).toEqual({
      called: [
        { number: 2, station: 'Skranke 3' },
        { number: 1, station: 'Skranke 2' },
      ],
      waiting: [3, 4, 5],
    });
  });

  it('keeps to the numbers a room can read, and carries no name in its event', () => {
    const many = Array.from({ length: 10 }, (_, i) =>
      entry(i + 1, 'called', 'Skranke 1', `2026-11-25T10:0${i}:00Z`),
    );
    const view = toScreenView(many);
    expect(view.called).toHaveLength(MAX_CALLED);
    expect(view.called[0].number).toBe(10);
    const event = queueEvent(view);
    expect(event).toMatch(/^event: queue\ndata: \{.*\}\n\n$/);
    expect(event).not.toContain('Karen');
  });
});

describe('the bound on open event streams', () => {
  it('allows a few per address and a total, and frees a slot when a stream ends', () => {
    const slots = new StreamSlots(2, 3);
    expect([slots.take('a'), slots.take('a'), slots.take('a')]).toEqual([true, true, false]);
    expect(slots.take('b')).toBe(true);
    expect(slots.take('c')).toBe(false);
    slots.release('a');
    expect(slots.take('c')).toBe(true);
    expect(slots.size).toBe(3);
    slots.release('nobody');
    expect(slots.size).toBe(3);
  });
});
