/**
 * A one-line progress bar on stderr: percentage, rows, rate and ETA (redrawn at most every 250 ms). When stderr is
 * not a terminal (CI logs, a parent process) each redraw is a line of its own. An update comes after a batch is kept.
 */
export class ProgressBar {
  private readonly started = Date.now();
  private last = 0;

  constructor(
    private readonly label: string,
    private readonly out: NodeJS.WriteStream | null = process.stderr.isTTY ? process.stderr : null,
  ) {}

  update(done: number, total: number, rows: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 250) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const fraction = total > 0 ? Math.min(done / total, 1) : 0;
    const rate = rows / seconds;
    const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : 0;
    const width = 24;
    const filled = Math.round(fraction * width);
    const text =
      `${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(1)}% ` +
      `${rows.toLocaleString('en-US')} rows · ${Math.round(rate).toLocaleString('en-US')} rows/s · ETA ${formatSeconds(eta)}`;
    if (this.out) this.out.write(`\r${text}\u001b[K`);
    else process.stderr.write(text + '\n');
  }

  done(): void {
    if (this.out) this.out.write('\n');
  }
}

export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${s.toFixed(0)}s`;
}
