import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AutosaveMode } from '../settings/view-settings';
import { AutosaveScheduler } from './autosave-scheduler';
import type { AutosaveOutcome } from './document-service';

/** A target whose saves resolve when the test says, recording what was asked and how many ran at once. */
function controlledTarget() {
  const calls: string[] = [];
  const waiting: Array<(outcome: AutosaveOutcome) => void> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const target = {
    autosave: vi.fn((id: string) => {
      calls.push(id);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise<AutosaveOutcome>((resolve) =>
        waiting.push((outcome) => {
          inFlight--;
          resolve(outcome);
        }),
      );
    }),
  };
  /** Answers the oldest save in flight. */
  const answer = async (outcome: AutosaveOutcome = { kind: 'saved' }) => {
    waiting.shift()!(outcome);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { target, calls, answer, maxInFlight: () => maxInFlight, inFlight: () => inFlight };
}

describe('the autosave scheduler', () => {
  let mode: AutosaveMode;
  const onFailure = vi.fn();
  const onConflict = vi.fn();
  const onRecovered = vi.fn();
  const make = (target: ReturnType<typeof controlledTarget>['target']) =>
    new AutosaveScheduler(target, { mode: () => mode, pauseMs: 1000, retryMs: 10_000, onFailure, onConflict, onRecovered });

  beforeEach(() => {
    vi.useFakeTimers();
    mode = 'pause';
    onFailure.mockReset();
    onConflict.mockReset();
    onRecovered.mockReset();
  });
  afterEach(() => vi.useRealTimers());

  it('saves once typing has paused, not while it goes on', async () => {
    const t = controlledTarget();
    const scheduler = make(t.target);
    for (let i = 0; i < 10; i++) {
      scheduler.edited('a');
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(t.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.calls).toEqual(['a']);
  });

  it('never runs two saves of one post at once: edits during a save make one more save after it', async () => {
    const t = controlledTarget();
    const scheduler = make(t.target);
    scheduler.edited('a');
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.calls).toEqual(['a']);
    // Typing goes on while the first save is slow: pauses pass, but nothing is sent beside it.
    scheduler.edited('a');
    await vi.advanceTimersByTimeAsync(1000);
    scheduler.edited('a');
    await vi.advanceTimersByTimeAsync(1000);
    void scheduler.focusLost();
    expect(t.calls).toEqual(['a']);
    await t.answer();
    // The edits made meanwhile are coalesced into one save.
    expect(t.calls).toEqual(['a', 'a']);
    await t.answer();
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.calls).toEqual(['a', 'a']);
    expect(t.maxInFlight()).toBe(1);
  });

  it('stops autosaving a post whose file changed on disk, until the writer settles it', async () => {
    const t = controlledTarget();
    const scheduler = make(t.target);
    scheduler.edited('a');
    await vi.advanceTimersByTimeAsync(1000);
    await t.answer({ kind: 'conflict' });
    expect(onConflict).toHaveBeenCalledWith('a');
    scheduler.edited('a');
    await vi.advanceTimersByTimeAsync(5000);
    await scheduler.focusLost();
    expect(t.calls).toEqual(['a']);
    scheduler.resume('a');
    scheduler.edited('a');
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.calls).toEqual(['a', 'a']);
  });

  it('says a failure once, retries quietly later, and says when it works again', async () => {
    const t = controlledTarget();
    const scheduler = make(t.target);
    scheduler.edited('a');
    await vi.advanceTimersByTimeAsync(1000);
    await t.answer({ kind: 'failed', message: 'The disk is full.' });
    expect(onFailure).toHaveBeenCalledExactlyOnceWith('a', 'The disk is full.');
    // Typing on does not hammer the disk every pause, nor repeat the message.
    for (let i = 0; i < 5; i++) {
      scheduler.edited('a');
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(t.calls).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.calls).toEqual(['a', 'a']);
    await t.answer({ kind: 'failed', message: 'The disk is full.' });
    expect(onFailure).toHaveBeenCalledTimes(1);
    // Retried without any more typing: the text is still unsaved.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(t.calls).toEqual(['a', 'a', 'a']);
    await t.answer({ kind: 'saved' });
    expect(onRecovered).toHaveBeenCalledWith('a');
  });

  it('on focus loss: waits for the writer to look away, then saves every edited post', async () => {
    mode = 'focus';
    const t = controlledTarget();
    const scheduler = make(t.target);
    scheduler.edited('a');
    scheduler.edited('b');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.calls).toEqual([]);
    void scheduler.focusLost('a');
    expect(t.calls).toEqual(['a']);
    void scheduler.focusLost();
    expect(t.calls).toEqual(['a', 'b']);
  });

  it('after a pause: a focus loss saves at once what is still waiting for its pause', async () => {
    const t = controlledTarget();
    const scheduler = make(t.target);
    scheduler.edited('a');
    await vi.advanceTimersByTimeAsync(200);
    const flushed = scheduler.flushAll();
    expect(t.calls).toEqual(['a']);
    await t.answer();
    await flushed;
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.calls).toEqual(['a']);
  });

  it('off: nothing is saved by itself, and turning it off cancels a waiting save', async () => {
    const t = controlledTarget();
    const scheduler = make(t.target);
    scheduler.edited('a');
    mode = 'off';
    scheduler.modeChanged();
    scheduler.edited('a');
    await vi.advanceTimersByTimeAsync(60_000);
    await scheduler.focusLost();
    expect(t.calls).toEqual([]);
    mode = 'pause';
    scheduler.modeChanged();
    scheduler.edited('a');
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.calls).toEqual(['a']);
  });
});
