/**
 * Results in submission order, written as soon as the head is ready: the
 * producer pushes promises (waiting while `limit` are pending, which bounds
 * memory) and a loop consumes them one by one in order. A trickle of input
 * thus gets its output right away, not at the end.
 */
export class OrderedWriter<T> {
  private readonly queue: Promise<T>[] = [];
  private readonly space: Array<() => void> = [];
  private kick: (() => void) | null = null;
  private closed = false;
  private readonly loop: Promise<void>;

  constructor(
    private readonly consume: (value: T) => Promise<void>,
    private readonly limit: number,
  ) {
    this.loop = this.run();
    this.loop.catch(() => {}); // surfaced by close()
  }

  /** Queue a result; resolves once there is room for it. */
  async push(p: Promise<T>): Promise<void> {
    while (this.queue.length >= this.limit) await new Promise<void>((r) => this.space.push(r));
    this.queue.push(p);
    this.kick?.();
  }

  private async run(): Promise<void> {
    for (;;) {
      if (!this.queue.length) {
        if (this.closed) return;
        await new Promise<void>((r) => (this.kick = r));
        this.kick = null;
        continue;
      }
      const value = await this.queue[0]!;
      await this.consume(value);
      this.queue.shift();
      this.space.shift()?.();
    }
  }

  /** Wait until everything pushed has been consumed. */
  async close(): Promise<void> {
    this.closed = true;
    this.kick?.();
    await this.loop;
  }
}
