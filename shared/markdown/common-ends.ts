/**
 * How many characters two texts share at their start and at their end: where one edit between
 * them lies. Compared in halving runs of native string equality (a memory comparison) instead of
 * one character at a time: a keystroke in a 100 KB post compares ~200 KB either way, and the
 * character loop took ~0.3 ms of the keystroke's preview update, this a few hundredths.
 */

/** Length of the longest common prefix of `a` and `b`. */
export function commonPrefixLength(a: string, b: string): number {
  let low = 0; // a and b agree on [0, low)
  let high = Math.min(a.length, b.length); // ... and not on [0, high + 1), if high < shortest
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(low, mid) === b.slice(low, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Length of the longest common suffix of `a` and `b`, at most `max` characters. */
export function commonSuffixLength(a: string, b: string, max = Math.min(a.length, b.length)): number {
  let low = 0;
  let high = Math.min(max, a.length, b.length);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(a.length - mid, a.length - low) === b.slice(b.length - mid, b.length - low)) low = mid;
    else high = mid - 1;
  }
  return low;
}
