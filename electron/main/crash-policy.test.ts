import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, crashNotice } from './crash-policy';

describe('crashNotice', () => {
  it('says nothing for a clean exit', () => {
    expect(crashNotice('clean-exit', [], 0)).toBeNull();
  });

  it('offers a reload after a crash, in words, pointing at the journal', () => {
    const notice = crashNotice('oom', [], 1_000);
    expect(notice).toMatchObject({ message: 'The editor ran out of memory.', offerReload: true });
    expect(notice?.detail).toMatch(/crash journal/);
    expect(crashNotice('something-new', [], 0)?.message).toBe('The editor stopped unexpectedly.');
  });

  it('stops offering reloads when the page keeps crashing, but forgets old crashes', () => {
    const now = 10 * CRASH_WINDOW_MS;
    expect(crashNotice('crashed', [now - 2_000], now)?.offerReload).toBe(true);
    expect(crashNotice('crashed', [now - 2_000, now - 1_000], now)).toMatchObject({ offerReload: false });
    expect(crashNotice('crashed', [now - 2_000, now - 1_000], now)?.detail).toMatch(/3 times within a minute/);
    expect(crashNotice('crashed', [now - CRASH_WINDOW_MS - 1, now - CRASH_WINDOW_MS - 2], now)?.offerReload).toBe(true);
  });
});
