import type { AutosaveMode } from '../settings/view-settings';
import type { AutosaveOutcome } from './document-service';
import type { DocumentId } from './document-state';

/** What the scheduler saves through: DocumentService.autosave (queued, atomic, conflict-checked). */
export interface AutosaveTarget {
  autosave(id: DocumentId): Promise<AutosaveOutcome>;
}

export interface AutosaveOptions {
  readonly mode: () => AutosaveMode;
  /** How long typing must stop before a save ("after a pause"). */
  readonly pauseMs?: number;
  /** After a failed save, the next try waits at least this long (a full disk is not hit every pause). */
  readonly retryMs?: number;
  /** The first failure of a run of failures: say it once. */
  readonly onFailure: (id: DocumentId, message: string) => void;
  /** Saved again after failures: the message can go. */
  readonly onRecovered?: (id: DocumentId) => void;
  /** The file changed on disk: autosave stops for this document until resume(id). */
  readonly onConflict?: (id: DocumentId) => void;
  readonly now?: () => number;
}

export const AUTOSAVE_PAUSE_MS = 1200;
export const AUTOSAVE_RETRY_MS = 15_000;

/**
 * When to autosave, per document; the save itself is the target's. "After a pause": a timer
 * restarted by every edit. "On focus loss": edits wait until focusLost() (window blur, another
 * post shown, closing), which in pause mode also saves at once what a timer still holds.
 * At most one autosave of a document is in flight: an edit meanwhile makes one more save after
 * it, never a second one beside it. A conflict halts the document until resume(); a failure is
 * reported once per run of failures and retried no sooner than retryMs, the text staying unsaved
 * (so the crash journal keeps it).
 */
export class AutosaveScheduler {
  /** Edited since their last autosave began: what a flush writes. */
  private readonly pending = new Set<DocumentId>();
  private readonly timers = new Map<DocumentId, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<DocumentId, Promise<void>>();
  /** Due again as soon as the running save ends. */
  private readonly again = new Set<DocumentId>();
  private readonly halted = new Set<DocumentId>();
  private readonly failedAt = new Map<DocumentId, number>();
  private readonly pauseMs: number;
  private readonly retryMs: number;
  private readonly now: () => number;

  constructor(
    private readonly target: AutosaveTarget,
    private readonly options: AutosaveOptions,
  ) {
    this.pauseMs = options.pauseMs ?? AUTOSAVE_PAUSE_MS;
    this.retryMs = options.retryMs ?? AUTOSAVE_RETRY_MS;
    this.now = options.now ?? Date.now;
  }

  /** The writer changed a document's text. */
  edited(id: DocumentId): void {
    const mode = this.options.mode();
    if (mode === 'off' || this.halted.has(id)) return;
    this.pending.add(id);
    if (mode === 'pause') this.schedule(id, this.pauseMs);
  }

  /** The writer looked away (window blur, another post, closing): edits are saved now. */
  focusLost(only?: DocumentId): Promise<void> {
    if (this.options.mode() === 'off') return Promise.resolve();
    const ids = only === undefined ? [...this.pending] : this.pending.has(only) ? [only] : [];
    return Promise.all(ids.map((id) => this.run(id))).then(() => undefined);
  }

  /** Saves what is pending and waits for every autosave in flight (before closing or switching folders). */
  async flushAll(): Promise<void> {
    await this.focusLost();
    await Promise.all(this.running.values());
  }

  /** The mode changed: off cancels what was waiting; pause starts the wait for what is pending. */
  modeChanged(): void {
    const mode = this.options.mode();
    for (const id of [...this.timers.keys()]) this.cancelTimer(id);
    if (mode === 'off') this.pending.clear();
    if (mode === 'pause') for (const id of this.pending) this.schedule(id, this.pauseMs);
  }

  /** The writer settled a conflict (kept theirs, kept mine, merged): autosave may go on. */
  resume(id: DocumentId): void {
    this.halted.delete(id);
  }

  /** The document closed. */
  forget(id: DocumentId): void {
    this.cancelTimer(id);
    this.pending.delete(id);
    this.again.delete(id);
    this.halted.delete(id);
    this.failedAt.delete(id);
  }

  /** Documents autosave stopped for (their file changed on disk), until resume(). */
  haltedIds(): DocumentId[] {
    return [...this.halted];
  }

  dispose(): void {
    for (const id of [...this.timers.keys()]) this.cancelTimer(id);
    this.pending.clear();
  }

  private schedule(id: DocumentId, ms: number): void {
    this.cancelTimer(id);
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        void this.run(id);
      }, ms),
    );
  }

  private cancelTimer(id: DocumentId): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
  }

  private run(id: DocumentId): Promise<void> {
    this.cancelTimer(id);
    const running = this.running.get(id);
    if (this.options.mode() === 'off' || this.halted.has(id) || !this.pending.has(id)) return running ?? Promise.resolve();
    if (running) {
      this.again.add(id);
      return running;
    }
    const failed = this.failedAt.get(id);
    if (failed !== undefined && this.now() - failed < this.retryMs) {
      this.schedule(id, this.retryMs - (this.now() - failed));
      return Promise.resolve();
    }
    this.pending.delete(id);
    const saving = this.target
      .autosave(id)
      .then((outcome) => this.settle(id, outcome), (error: unknown) => this.settle(id, { kind: 'failed', message: String(error) }))
      .finally(() => {
        this.running.delete(id);
        if (this.again.delete(id)) void this.run(id);
      });
    this.running.set(id, saving);
    return saving;
  }

  private settle(id: DocumentId, outcome: AutosaveOutcome): void {
    switch (outcome.kind) {
      case 'saved':
        if (this.failedAt.delete(id)) this.options.onRecovered?.(id);
        return;
      case 'skipped':
        return;
      case 'conflict':
        this.halted.add(id);
        this.pending.delete(id);
        this.again.delete(id);
        this.options.onConflict?.(id);
        return;
      case 'failed': {
        const first = !this.failedAt.has(id);
        this.failedAt.set(id, this.now());
        // Still unsaved: tried again later, silently, until it works or the writer acts.
        this.pending.add(id);
        this.schedule(id, this.retryMs);
        if (first) this.options.onFailure(id, outcome.message);
      }
    }
  }
}
