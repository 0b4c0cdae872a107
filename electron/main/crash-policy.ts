/**
 * What to tell the writer when the editor's renderer process dies, decided without Electron so it
 * is tested: a clean exit is no crash; a crash offers a reload (the page then offers what the
 * crash journal kept); a page that keeps crashing is not offered a reload loop.
 */

/** This many crashes inside CRASH_WINDOW_MS and a reload is no longer offered. */
export const CRASH_LOOP_COUNT = 3;
export const CRASH_WINDOW_MS = 60_000;

export interface CrashNotice {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  /** Offer Reload (else only Quit). */
  readonly offerReload: boolean;
}

/** Electron's render-process-gone reasons, in words a writer understands. */
const REASONS: Readonly<Record<string, string>> = {
  crashed: 'crashed',
  oom: 'ran out of memory',
  killed: 'was stopped by the system',
  'abnormal-exit': 'stopped unexpectedly',
  'launch-failed': 'could not start',
  'integrity-failure': 'failed a code integrity check',
  'memory-eviction': 'was closed to free memory',
};

/**
 * The notice for a renderer that went away for `reason`, given the times of earlier crashes of
 * the same window; null when nothing went wrong (a clean exit).
 */
export function crashNotice(reason: string, earlierCrashes: readonly number[], now: number): CrashNotice | null {
  if (reason === 'clean-exit') return null;
  const recent = earlierCrashes.filter((time) => now - time < CRASH_WINDOW_MS).length + 1;
  const offerReload = recent < CRASH_LOOP_COUNT;
  const what = REASONS[reason] ?? 'stopped unexpectedly';
  return {
    title: 'Postwright',
    message: `The editor ${what}.`,
    detail: offerReload
      ? 'Text you had not saved was kept in the crash journal. Reload the editor and Postwright offers to restore it.'
      : `It stopped ${recent} times within a minute, so it is not reloaded again. Text you had not saved was kept in the crash journal: start Postwright again and it offers to restore it.`,
    offerReload,
  };
}
