/**
 * A progress line on stderr, only when stderr is a terminal:
 * documents, MB/s and, when the input size is known, a bar and the ETA.
 */
export class Progress {
  private docs = 0;
  private bytes = 0;
  private total: number | null = null;
  private readonly t0 = Date.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly enabled: boolean,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  setTotal(bytes: number | null): void {
    this.total = bytes;
  }

  tick(docs: number, bytes: number): void {
    this.docs += docs;
    this.bytes += bytes;
    const now = Date.now();
    if (!this.enabled || now - this.last < 100) return;
    this.last = now;
    this.render(now);
  }

  private render(now: number): void {
    const secs = Math.max((now - this.t0) / 1000, 0.001);
    const rate = this.bytes / 1e6 / secs;
    let line = `${this.docs.toLocaleString("en")} docs  ${rate.toFixed(1)} MB/s`;
    if (this.total) {
      const frac = Math.min(this.bytes / this.total, 1);
      const width = 24;
      const full = Math.round(frac * width);
      const eta = rate > 0 ? (this.total - this.bytes) / 1e6 / rate : 0;
      line = `[${"#".repeat(full)}${"-".repeat(width - full)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${line}  ETA ${clock(eta)}`;
    }
    this.out.write(`\r${line}\x1b[K`);
    this.shown = true;
  }

  /** Clear the line (call before printing anything else on stderr, and at the end). */
  clear(): void {
    if (this.shown) this.out.write("\r\x1b[K");
    this.shown = false;
  }
}

function clock(s: number): string {
  const t = Math.max(0, Math.round(s));
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const sec = String(t % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}
