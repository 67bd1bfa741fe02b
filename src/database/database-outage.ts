/** What the outage tracker needs from the outside world; the Nest provider wires the real ones. */
export interface OutageDependencies {
  /** A cheap query; rejects while the database cannot answer. */
  probe(): Promise<unknown>;
  /** Resolves after `ms`; the pause between probes. */
  wait(ms: number): Promise<void>;
  now(): number;
  onDown(reason: string): void;
  onBack(outage: { downForMs: number; refusedRequests: number }): void;
}

/**
 * The database's state as this instance sees it: up, or down since a given moment. The first
 * failure of an outage is reported once (not once per request: during an outage thousands of
 * requests a second may fail); while down, a probe runs every `probeIntervalMs` until one
 * succeeds, which is reported once too. Requests are never held back by this state: they keep
 * trying the pool, so the API recovers as soon as the database does, whatever the probe says.
 */
export class DatabaseOutage {
  private downSince: number | undefined;
  private refused = 0;
  private stopped = false;

  constructor(
    private readonly deps: OutageDependencies,
    private readonly probeIntervalMs = 1000,
  ) {}

  get isDown(): boolean {
    return this.downSince !== undefined;
  }

  /** A request (or the health check) found the database unavailable. */
  failed(reason: string): void {
    this.refused++;
    if (this.downSince !== undefined || this.stopped) return;
    this.downSince = this.deps.now();
    this.refused = 1;
    this.deps.onDown(reason);
    void this.probeUntilBack();
  }

  /** Ends probing (application shutdown). */
  stop(): void {
    this.stopped = true;
  }

  private async probeUntilBack(): Promise<void> {
    while (!this.stopped) {
      await this.deps.wait(this.probeIntervalMs);
      if (this.stopped) return;
      try {
        await this.deps.probe();
      } catch {
        continue;
      }
      const downForMs = this.deps.now() - (this.downSince ?? this.deps.now());
      const refusedRequests = this.refused;
      this.downSince = undefined;
      this.refused = 0;
      this.deps.onBack({ downForMs, refusedRequests });
      return;
    }
  }
}
