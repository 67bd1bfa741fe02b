import { DatabaseOutage, type OutageDependencies } from './database-outage.js';

/** A database that fails `failures` probes before one succeeds, and a log of what was reported. */
function harness(failures: number) {
  const lines: string[] = [];
  let now = 0;
  let probes = 0;
  let wake: (() => void) | undefined;
  const deps: OutageDependencies = {
    probe: () => (++probes > failures ? Promise.resolve() : Promise.reject(new Error('down'))),
    wait: (ms) =>
      new Promise<void>((resolve) => {
        now += ms;
        wake = resolve;
      }),
    now: () => now,
    onDown: (reason) => lines.push(`down: ${reason}`),
    onBack: ({ downForMs, refusedRequests }) =>
      lines.push(`back after ${downForMs} ms, ${refusedRequests} refused`),
  };
  /** Lets the waiting probe loop run one step. */
  const tick = async () => {
    const resume = wake;
    wake = undefined;
    resume?.();
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return { outage: new DatabaseOutage(deps, 1000), lines, tick, probes: () => probes };
}

describe('DatabaseOutage', () => {
  it('reports an outage once, however many requests fail, and once when a probe succeeds', async () => {
    const { outage, lines, tick } = harness(2);
    for (let i = 0; i < 1000; i++) outage.failed('ECONNREFUSED');
    expect(outage.isDown).toBe(true);
    expect(lines).toEqual(['down: ECONNREFUSED']);

    await tick(); // probe 1 fails
    await tick(); // probe 2 fails
    outage.failed('ECONNREFUSED');
    expect(lines).toEqual(['down: ECONNREFUSED']);
    await tick(); // probe 3 succeeds
    expect(outage.isDown).toBe(false);
    expect(lines).toEqual(['down: ECONNREFUSED', 'back after 3000 ms, 1001 refused']);
  });

  it('reports the next outage again', async () => {
    const { outage, lines, tick } = harness(0);
    outage.failed('Query read timeout');
    await tick();
    outage.failed('57P01 terminating connection');
    await tick();
    expect(lines).toEqual([
      'down: Query read timeout',
      'back after 1000 ms, 1 refused',
      'down: 57P01 terminating connection',
      'back after 1000 ms, 1 refused',
    ]);
  });

  it('does not probe while the database is up, and stops probing on shutdown', async () => {
    const { outage, tick, probes } = harness(Infinity);
    await tick();
    expect(probes()).toBe(0);
    outage.failed('ECONNREFUSED');
    await tick();
    expect(probes()).toBe(1);
    outage.stop();
    await tick();
    await tick();
    expect(probes()).toBe(1);
  });
});
