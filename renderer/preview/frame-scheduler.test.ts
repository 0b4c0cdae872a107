import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameScheduler } from './frame-scheduler';

describe('createFrameScheduler', () => {
  let frames: (() => void)[];
  let clock: number;
  beforeEach(() => {
    frames = [];
    clock = 0;
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const nextFrame = () => frames.splice(0).forEach((callback) => callback());

  it('runs a burst of requests once, in the next frame', () => {
    const task = vi.fn();
    const scheduler = createFrameScheduler(task, () => clock);
    scheduler.schedule();
    scheduler.schedule();
    scheduler.schedule();
    expect(task).not.toHaveBeenCalled();
    nextFrame();
    expect(task).toHaveBeenCalledTimes(1);
    scheduler.schedule();
    nextFrame();
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('after a slow run, waits about as long as it took before the next', () => {
    const task = vi.fn(() => {
      clock += 40; // a 40 ms render
    });
    const scheduler = createFrameScheduler(task, () => clock);
    scheduler.schedule();
    nextFrame();
    scheduler.schedule();
    expect(frames).toHaveLength(0); // not on the very next frame
    vi.advanceTimersByTime(40);
    nextFrame();
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('cancel drops what is pending', () => {
    const task = vi.fn();
    const scheduler = createFrameScheduler(task, () => clock);
    scheduler.schedule();
    scheduler.cancel();
    frames.length = 0;
    scheduler.schedule();
    nextFrame();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
