/**
 * Group commit for document updates: when no write is in flight, the queued
 * updates are written at once (after the current I/O phase, so messages read
 * together share one INSERT); while a write is in flight the next batch gathers
 * and goes out as one multi-row INSERT when the first finishes. A failed write is
 * retried with backoff and its updates stay in memory until it succeeds.
 */
import type { Logger } from "pino";
import type { AppendedRow, UpdateStorage } from "./storage";

export interface QueuedUpdate<Context> {
  document: string;
  update: Uint8Array;
  context: Context;
}

export interface GroupCommitOptions {
  /** Extra wait before a write starts, to gather bigger batches; 0 = next I/O phase. */
  windowMs?: number;
  initialRetryMs?: number;
  maximumRetryMs?: number;
}

export class GroupCommitWriter<Context> {
  private queued: QueuedUpdate<Context>[] = [];
  private inFlight: QueuedUpdate<Context>[] | null = null;
  private scheduled = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryMs: number;
  private readonly windowMs: number;
  private readonly initialRetryMs: number;
  private readonly maximumRetryMs: number;
  batches = 0;
  rowsWritten = 0;
  failures = 0;

  constructor(
    private readonly storage: UpdateStorage,
    private readonly logger: Logger,
    /** Called after a batch's INSERT resolved, in batch order; may enqueue more. */
    private readonly onStored: (batch: QueuedUpdate<Context>[], rows: AppendedRow[]) => void,
    options: GroupCommitOptions = {},
  ) {
    this.windowMs = options.windowMs ?? 0;
    this.initialRetryMs = options.initialRetryMs ?? 100;
    this.maximumRetryMs = options.maximumRetryMs ?? 10_000;
    this.retryMs = this.initialRetryMs;
  }

  /** A write is in flight (or waiting to be retried). */
  get busy(): boolean {
    return this.inFlight !== null;
  }

  /** Nothing queued and nothing in flight. */
  get idle(): boolean {
    return this.inFlight === null && this.queued.length === 0;
  }

  /** Updates accepted but not yet stored. */
  get unstoredCount(): number {
    return this.queued.length + (this.inFlight?.length ?? 0);
  }

  enqueue(item: QueuedUpdate<Context>): void {
    this.queued.push(item);
    this.schedule();
  }

  /** Stops retrying; only for shutdown after everything was flushed. */
  stop(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private schedule(): void {
    if (this.inFlight !== null || this.scheduled) return;
    this.scheduled = true;
    const start = (): void => {
      this.scheduled = false;
      this.start();
    };
    if (this.windowMs > 0) setTimeout(start, this.windowMs);
    else setImmediate(start);
  }

  private start(): void {
    if (this.inFlight !== null || this.queued.length === 0) return;
    this.inFlight = this.queued;
    this.queued = [];
    this.write(this.inFlight);
  }

  private write(batch: QueuedUpdate<Context>[]): void {
    const rows = batch.map((item) => ({ document: item.document, data: item.update }));
    void this.storage.append(rows).then(
      (appended) => {
        this.inFlight = null;
        this.retryMs = this.initialRetryMs;
        this.batches += 1;
        this.rowsWritten += batch.length;
        try {
          this.onStored(batch, appended);
        } catch (error) {
          this.logger.error({ err: error }, "handling stored updates failed");
        }
        this.schedule();
      },
      (error: unknown) => {
        this.failures += 1;
        this.logger.error(
          { err: error, updates: batch.length, retryInMs: this.retryMs },
          "storing document updates failed; keeping them in memory and retrying",
        );
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.write(batch);
        }, this.retryMs);
        this.retryMs = Math.min(this.retryMs * 2, this.maximumRetryMs);
      },
    );
  }
}
