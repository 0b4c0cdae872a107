/**
 * Runs `run` in an idle period long enough for it (`needMs`, per the browser's own idle deadline),
 * or once `maxWaitMs` has passed without one. A journal write of a 1 MB post costs ~10–20 ms on
 * the main thread (serialising and handing 1 MB to the transport): started in a short idle gap
 * between two keystrokes it would delay the second; a gap this long fits it, and steady typing
 * still gets it done within `maxWaitMs`.
 */
export function runInIdleSlot(run: () => void, needMs: number, maxWaitMs: number, now: () => number = () => performance.now()): void {
  if (typeof requestIdleCallback !== 'function') {
    setTimeout(run, 0);
    return;
  }
  const giveUpAt = now() + maxWaitMs;
  const attempt = (deadline: IdleDeadline) => {
    if (deadline.didTimeout || deadline.timeRemaining() >= needMs || now() >= giveUpAt) run();
    else requestIdleCallback(attempt, { timeout: Math.max(1, giveUpAt - now()) });
  };
  // The first wait is short: a small post's write costs nothing worth waiting for.
  requestIdleCallback(attempt, { timeout: Math.min(250, maxWaitMs) });
}
