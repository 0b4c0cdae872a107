/**
 * Whether a window may close now, decided with the page: the page holds the unsaved text, so a
 * close or quit is held, the page is asked (a `close-requested` host event), and its answer
 * (`app.answerClose`) lets it go ahead or keeps the window. Electron-free; main-window.ts is the
 * glue that feeds it Electron's events. One per window.
 */
export type CloseReason = 'close' | 'quit';

export type CloseAttempt =
  /** Nothing to ask (already answered, or no page listening to ask): let it close. */
  | { readonly kind: 'allow' }
  /**
   * Hold the close and send the page this request. While one is open, a new attempt sends the same
   * request again: the page ignores it while it is asking, and if an answer was lost on the way
   * (the window would then never close), the repeat is answered.
   */
  | { readonly kind: 'ask'; readonly request: number };

export type CloseOutcome =
  /** Close the window (and quit the app, for 'quit'): the page saved or discarded everything. */
  | { readonly kind: 'close' | 'quit' }
  /** The writer cancelled: keep the window. */
  | { readonly kind: 'stay' }
  /** Not an answer to the open request (stale, forged or repeated): do nothing. */
  | { readonly kind: 'ignore' };

export class CloseHandshake {
  private nextRequest = 1;
  private pending: { request: number; reason: CloseReason } | null = null;
  private settled = false;

  /**
   * A close or quit was attempted. `pageListening` is false while the page is loading, crashed or
   * hung: it cannot answer, and what it had unsaved is in the crash journal already, so the close
   * is not held (a window that cannot be closed is worse).
   */
  attempt(reason: CloseReason, pageListening: boolean): CloseAttempt {
    if (this.settled || !pageListening) return { kind: 'allow' };
    if (this.pending !== null) {
      // A quit while a close is being answered upgrades it: the answer then quits.
      if (reason === 'quit') this.pending = { ...this.pending, reason };
      return { kind: 'ask', request: this.pending.request };
    }
    const request = this.nextRequest++;
    this.pending = { request, reason };
    return { kind: 'ask', request };
  }

  /** The page answered request `request`. */
  answer(request: number, proceed: boolean): CloseOutcome {
    if (this.pending === null || this.pending.request !== request) return { kind: 'ignore' };
    const { reason } = this.pending;
    this.pending = null;
    if (!proceed) return { kind: 'stay' };
    this.settled = true;
    return { kind: reason };
  }

  /**
   * The page stopped listening (it crashed or reloads) while a request was open: that request
   * will never be answered, so the next attempt asks afresh instead of waiting forever.
   */
  pageGone(): void {
    this.pending = null;
  }

  /**
   * True once the page agreed to close: its own "unsaved changes" unload guard is then answered
   * already and must not ask a second time.
   */
  get agreed(): boolean {
    return this.settled;
  }
}
