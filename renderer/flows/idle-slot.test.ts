import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInIdleSlot } from './idle-slot';

/** A hand-driven requestIdleCallback: each idle() call offers the queued callbacks one gap. */
function fakeIdle() {
  let queue: { run: IdleRequestCallback; timeout: number }[] = [];
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback, options?: IdleRequestOptions) => {
    queue.push({ run, timeout: options?.timeout ?? Infinity });
    return queue.length;
  });
  return {
    idle(remainingMs: number, didTimeout = false) {
      const now = queue;
      queue = [];
      for (const { run } of now) run({ didTimeout, timeRemaining: () => remainingMs });
    },
    get waiting() {
      return queue.length;
    },
  };
}

afterEach(() => void vi.unstubAllGlobals());

describe('runInIdleSlot', () => {
  it('waits for an idle gap long enough for the work, skipping short ones', () => {
    const idle = fakeIdle();
    const run = vi.fn();
    const clock = 0;
    runInIdleSlot(run, 15, 2000, () => clock);
    idle.idle(4); // a gap between two keystrokes: too short for a 15 ms write
    idle.idle(9);
    expect(run).not.toHaveBeenCalled();
    expect(idle.waiting).toBe(1);
    idle.idle(40); // typing paused
    expect(run).toHaveBeenCalledTimes(1);
    expect(idle.waiting).toBe(0);
  });

  it('runs anyway once the longest wait has passed, or the browser says the wait timed out', () => {
    const idle = fakeIdle();
    const run = vi.fn();
    let clock = 0;
    runInIdleSlot(run, 15, 2000, () => clock);
    idle.idle(2);
    clock = 2000; // steady typing for two seconds: the journal must not fall further behind
    idle.idle(2);
    expect(run).toHaveBeenCalledTimes(1);

    runInIdleSlot(run, 15, 2000, () => clock);
    idle.idle(0, true);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('cheap work takes the first idle moment', () => {
    const idle = fakeIdle();
    const run = vi.fn();
    runInIdleSlot(run, 0.05, 2000);
    idle.idle(1);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
