/**
 * Bounds the long-lived event streams: at most `perAddress` open at once from one client address
 * (a TV per waiting room, a few behind one office router) and `total` in all, so nobody can hold
 * the server's sockets open by the thousand.
 */
export class StreamSlots {
  private readonly open = new Map<string, number>();
  private count = 0;

  constructor(
    private readonly perAddress: number,
    private readonly total: number,
  ) {}

  /** Takes a slot for the address; false when its share or the whole is used up. */
  take(address: string): boolean {
    const mine = this.open.get(address) ?? 0;
    if (mine >= this.perAddress || this.count >= this.total) return false;
    this.open.set(address, mine + 1);
    this.count += 1;
    return true;
  }

  release(address: string): void {
    const mine = this.open.get(address) ?? 0;
    if (mine === 0) return;
    if (mine === 1) this.open.delete(address);
    else this.open.set(address, mine - 1);
    this.count -= 1;
  }

  get size(): number {
    return this.count;
  }
}
