/**
 * A progress line for long runs — pages done, rate, time left — redrawn in place on stderr. Only
 * when stderr is a terminal: CI logs, pipes and files get nothing extra.
 */
export class Progress {
  private done_ = 0;
  private lastDraw = 0;
  private shown = false;
  private readonly started: number;

  private constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** A progress line on stderr, or null when stderr is not a terminal. */
  static forStderr(total: number): Progress | null {
    if (!process.stderr.isTTY) return null;
    return new Progress(total, (text) => process.stderr.write(text));
  }

  /** For tests: a progress line into `write`, with a given clock. */
  static into(total: number, write: (text: string) => void, now: () => number): Progress {
    return new Progress(total, write, now);
  }

  /** The line for `done` of `total` pages after `ms` milliseconds. */
  static line(done: number, total: number, ms: number): string {
    const rate = ms > 0 ? (done * 1000) / ms : 0;
    const left = rate > 0 ? Math.ceil((total - done) / rate) : null;
    const eta = left === null ? '' : left >= 60 ? `, ${Math.floor(left / 60)} min ${left % 60} s left` : `, ${left} s left`;
    return `${done}/${total} pages, ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} pages/s${done < total ? eta : ''}`;
  }

  /** One more page done: redraws at most ten times a second. */
  tick(): void {
    this.done_ += 1;
    const now = this.now();
    if (now - this.lastDraw < 100 && this.done_ < this.total) return;
    this.lastDraw = now;
    this.write(`\r\x1b[2K${Progress.line(this.done_, this.total, now - this.started)}`);
    this.shown = true;
  }

  /** Clears the line, so a warning printed next starts at the left. */
  clear(): void {
    if (this.shown) this.write('\r\x1b[2K');
    this.shown = false;
  }

  /** The run is over: the line goes away. */
  done(): void {
    this.clear();
  }
}
