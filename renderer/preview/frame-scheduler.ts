/**
 * Runs `task` at most once per animation frame however often it is asked: a burst of keystrokes
 * renders the preview once, with the newest text. When a run is slow (a long post: sanitizing
 * 100 KB of HTML alone takes ~20 ms), the next one waits about as long as the last one took, so
 * the preview never takes more than about half of the main thread away from typing.
 */
/**
 * Where a run happens: inside an animation frame (before its layout and paint), or at the end of
 * the task that asked (the frame comes later). A task that must read layout (scroll sync) reads
 * it at once in a frame, but leaves it to the frame in a task: forcing layout there would count
 * as the run's cost and push the next keystroke's render out of its own frame.
 */
export type FrameRunPlace = 'frame' | 'task';

export interface FrameScheduler {
  schedule(): void;
  cancel(): void;
}

/** Runs faster than this stay on every frame. */
const CHEAP_MS = 12;

export interface FrameSchedulerOptions {
  /**
   * Run just after the frame is painted instead of just before it: the keystroke's frame then
   * shows the editor's change without waiting for the preview's layout (a 1 MB post's preview
   * lays out ~4,000 blocks), and the preview follows in the next frame.
   */
  readonly afterPaint?: () => boolean;
  /**
   * Run at the end of the asking task (a microtask) instead of in the next animation frame, when
   * this says so and the last run was cheap and not within the last frame: a keystroke's preview
   * change then shows in the same frame as the editor's, not one frame later. Bursts still
   * coalesce (one microtask per task; a second request within a frame waits for the frame).
   */
  readonly sameFrame?: () => boolean;
}

/** Runs this cheap may go in the asking task (see sameFrame). */
const SAME_FRAME_MS = 6;
const FRAME_MS = 16;

export function createFrameScheduler(
  task: (place: FrameRunPlace) => void,
  now: () => number = () => performance.now(),
  { afterPaint = () => false, sameFrame = () => false }: FrameSchedulerOptions = {},
): FrameScheduler {
  let frame: number | null = null;
  let microtask = false;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastCost = 0;
  let lastEnd = -Infinity;

  let painted: ReturnType<typeof setTimeout> | null = null;
  const onFrame = () => {
    if (!afterPaint()) return run('frame');
    // A task queued from inside the frame runs once the frame has been painted.
    painted = setTimeout(() => {
      painted = null;
      run('task');
    }, 0);
  };
  const run = (place: FrameRunPlace) => {
    frame = null;
    microtask = false;
    const start = now();
    try {
      task(place);
    } finally {
      lastEnd = now();
      lastCost = lastEnd - start;
    }
  };

  return {
    schedule() {
      if (frame !== null || timer !== null || painted !== null || microtask) return;
      if (lastCost <= SAME_FRAME_MS && now() - lastEnd >= FRAME_MS && sameFrame()) {
        microtask = true;
        const asked = generation;
        queueMicrotask(() => {
          if (microtask && asked === generation) run('task');
        });
        return;
      }
      const wait = lastCost > CHEAP_MS ? lastEnd + lastCost - now() : 0;
      if (wait <= 0) {
        frame = requestAnimationFrame(onFrame);
        return;
      }
      timer = setTimeout(() => {
        timer = null;
        frame = requestAnimationFrame(onFrame);
      }, wait);
    },
    cancel() {
      generation++;
      microtask = false;
      if (frame !== null) cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
      if (painted !== null) clearTimeout(painted);
      frame = null;
      timer = null;
      painted = null;
    },
  };
}
