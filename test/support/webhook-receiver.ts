import { createServer, type Server } from 'node:http';

export interface ReceivedHook {
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  body: { id: string; event: string; occurredAt: string; data: Record<string, unknown> };
}

/** A real HTTP receiver on 127.0.0.1 that answers each POST with the next queued status (200 when none is queued). */
export class WebhookReceiver {
  readonly received: ReceivedHook[] = [];
  /** Every request, whatever it was answered (the retries included). */
  hits = 0;
  private statuses: number[] = [];
  private hanging = 0;
  private server: Server | null = null;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.hits += 1;
        if (this.hanging > 0) {
          this.hanging -= 1;
          return; // never answered: the sender gives up or is stopped
        }
        const status = this.statuses.shift() ?? 200;
        const raw = Buffer.concat(chunks).toString('utf8');
        if (status >= 200 && status < 300) {
          this.received.push({ headers: req.headers, raw, body: JSON.parse(raw) as ReceivedHook['body'] });
        }
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address() as { port: number };
    this.url = `http://127.0.0.1:${address.port}/hooks`;
  }

  /** The next POSTs are answered with these statuses, in order. */
  answer(...statuses: number[]): void {
    this.statuses.push(...statuses);
  }

  /** The next POSTs get no answer at all. */
  hang(count = 1): void {
    this.hanging += count;
  }

  ofEvent(event: string): ReceivedHook[] {
    return this.received.filter((r) => r.body.event === event);
  }

  /** Waits until `predicate` holds (polling), or fails after `timeoutMs`. */
  async until(predicate: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
