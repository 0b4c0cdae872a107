/**
 * Runs `task` at most once per animation frame however often it is asked: a burst of keystrokes
 * renders the preview once, with the newest text. When a run is slow (a long post: sanitizing
 * 100 KB of HTML alone takes ~20 ms), the next one waits about as long as the last one took, so
 * the preview never takes more than about half of the main thread away from typing.
 */
export interface FrameScheduler {
  schedule(): void;
  cancel(): void;
}

/** Runs faster than this stay on every frame. */
const CHEAP_MS = 12;

export function createFrameScheduler(task: () => void, now: () => number = () => performance.now()): FrameScheduler {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastCost = 0;
  let lastEnd = -Infinity;

  const run = () => {
    frame = null;
    const start = now();
    try {
      task();
    } finally {
      lastEnd = now();
      lastCost = lastEnd - start;
    }
  };

  return {
    schedule() {
      if (frame !== null || timer !== null) return;
      const wait = lastCost > CHEAP_MS ? lastEnd + lastCost - now() : 0;
      if (wait <= 0) {
        frame = requestAnimationFrame(run);
        return;
      }
      timer = setTimeout(() => {
        timer = null;
        frame = requestAnimationFrame(run);
      }, wait);
    },
    cancel() {
      if (frame !== null) cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
      frame = null;
      timer = null;
    },
  };
}
