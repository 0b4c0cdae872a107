import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameScheduler } from './frame-scheduler';

describe('createFrameScheduler', () => {
  /** Pending animation frames by id, as the browser keeps them: cancelAnimationFrame really drops one. */
  let pending: Map<number, () => void>;
  let frames: { readonly length: number };
  let clock: number;
  beforeEach(() => {
    pending = new Map();
    let nextId = 1;
    frames = { get length() { return pending.size; } };
    clock = 0;
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
      const id = nextId++;
      pending.set(id, callback);
      return id;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => pending.delete(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const nextFrame = () => {
    const due = [...pending.values()];
    pending.clear();
    due.forEach((callback) => callback());
  };

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

  it('cancel drops a pending frame, and a run still waiting out a slow one', () => {
    const task = vi.fn();
    const scheduler = createFrameScheduler(task, () => clock);
    scheduler.schedule();
    scheduler.cancel();
    nextFrame();
    expect(task).not.toHaveBeenCalled();
    scheduler.schedule(); // cancel also forgot the frame, so this one is scheduled anew
    nextFrame();
    expect(task).toHaveBeenCalledTimes(1);

    task.mockImplementation(() => {
      clock += 40;
    });
    scheduler.schedule();
    nextFrame(); // a 40 ms run
    scheduler.schedule(); // waits ~40 ms on a timer
    scheduler.cancel();
    vi.advanceTimersByTime(100);
    nextFrame();
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('after paint: runs in a task queued from the frame, so the frame paints first', () => {
    const task = vi.fn();
    const scheduler = createFrameScheduler(task, () => clock, { afterPaint: () => true });
    scheduler.schedule();
    nextFrame();
    expect(task).not.toHaveBeenCalled(); // not inside the frame
    scheduler.schedule(); // already on its way: no second run
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
    expect(task).toHaveBeenLastCalledWith('task');
    expect(frames).toHaveLength(0);
    scheduler.schedule();
    nextFrame();
    scheduler.cancel(); // cancel also drops the queued task
    vi.advanceTimersByTime(10);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('same frame: a cheap run goes at the end of the asking task, once per burst, once per frame', async () => {
    const task = vi.fn(() => {
      clock += 2; // a 2 ms render
    });
    const scheduler = createFrameScheduler(task, () => clock, { sameFrame: () => true });
    clock = 100;
    scheduler.schedule();
    scheduler.schedule();
    expect(task).not.toHaveBeenCalled(); // not inside the request itself (an editor update)
    await Promise.resolve();
    expect(task).toHaveBeenCalledTimes(1);
    expect(task).toHaveBeenLastCalledWith('task'); // told so: layout reads wait for the frame
    expect(frames).toHaveLength(0);
    clock += 5; // another key within the same frame: the frame takes it
    scheduler.schedule();
    await Promise.resolve();
    expect(task).toHaveBeenCalledTimes(1);
    nextFrame();
    expect(task).toHaveBeenCalledTimes(2);
    expect(task).toHaveBeenLastCalledWith('frame');
    clock += 40; // a key later on
    scheduler.schedule();
    scheduler.cancel(); // cancel drops the queued run too
    await Promise.resolve();
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('same frame: a slow last run, or a caller that says no, waits for the frame', async () => {
    let allowed = true;
    const task = vi.fn(() => {
      clock += 20;
    });
    const scheduler = createFrameScheduler(task, () => clock, { sameFrame: () => allowed });
    clock = 100;
    scheduler.schedule();
    await Promise.resolve();
    expect(task).toHaveBeenCalledTimes(1); // the first run costs nothing known yet
    clock += 100;
    scheduler.schedule(); // the last run took 20 ms: not in the asking task
    await Promise.resolve();
    expect(task).toHaveBeenCalledTimes(1);
    nextFrame();
    expect(task).toHaveBeenCalledTimes(2);
    task.mockImplementation(() => {
      clock += 1;
    });
    clock += 100;
    scheduler.schedule();
    nextFrame();
    allowed = false;
    clock += 100;
    scheduler.schedule();
    await Promise.resolve();
    expect(task).toHaveBeenCalledTimes(3);
    nextFrame();
    expect(task).toHaveBeenCalledTimes(4);
  });
});
