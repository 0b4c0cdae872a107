import { describe, expect, it } from 'vitest';
import { nextUpdateStep, updateAvailability, type UpdateEnvironment, type UpdateEvent, type UpdateState } from './update-policy';

const packaged = (overrides: Partial<UpdateEnvironment> = {}): UpdateEnvironment => ({
  isPackaged: true,
  platform: 'darwin',
  env: {},
  linuxPackageType: null,
  ...overrides,
});

describe('updateAvailability', () => {
  it('is on in a packaged app on macOS and Windows', () => {
    expect(updateAvailability(packaged())).toEqual({ enabled: true });
    expect(updateAvailability(packaged({ platform: 'win32' }))).toEqual({ enabled: true });
  });

  it('is off in development', () => {
    expect(updateAvailability(packaged({ isPackaged: false }))).toMatchObject({ enabled: false, reason: expect.stringMatching(/development/) });
  });

  it.each(['1', 'true', 'yes'])('is off when POSTWRIGHT_DISABLE_UPDATES=%s', (value) => {
    expect(updateAvailability(packaged({ env: { POSTWRIGHT_DISABLE_UPDATES: value } }))).toMatchObject({ enabled: false });
  });

  it.each(['', '0', 'false', 'FALSE'])('stays on when POSTWRIGHT_DISABLE_UPDATES=%j', (value) => {
    expect(updateAvailability(packaged({ env: { POSTWRIGHT_DISABLE_UPDATES: value } }))).toEqual({ enabled: true });
  });

  it('is off in the Windows portable .exe, which has no installer to update through', () => {
    const portable = packaged({ platform: 'win32', env: { PORTABLE_EXECUTABLE_DIR: 'C:\\Users\\me\\Downloads' } });
    expect(updateAvailability(portable)).toMatchObject({ enabled: false, reason: expect.stringMatching(/portable/) });
  });

  it('on Linux, is on only for the AppImage and our deb', () => {
    expect(updateAvailability(packaged({ platform: 'linux', env: { APPIMAGE: '/home/me/Postwright.AppImage' } }))).toEqual({ enabled: true });
    expect(updateAvailability(packaged({ platform: 'linux', linuxPackageType: 'deb\n' }))).toEqual({ enabled: true });
    expect(updateAvailability(packaged({ platform: 'linux' }))).toMatchObject({ enabled: false });
    expect(updateAvailability(packaged({ platform: 'linux', linuxPackageType: 'rpm' }))).toMatchObject({ enabled: false });
  });
});

/** Runs events from the idle state; returns every step. */
function run(...events: UpdateEvent[]) {
  let state: UpdateState = { kind: 'idle' };
  return events.map((event) => {
    const step = nextUpdateStep(state, event);
    state = step.state;
    return step;
  });
}

describe('nextUpdateStep', () => {
  it('stays silent through an automatic check until the update is downloaded, then gives one passing notice', () => {
    const steps = run(
      { type: 'check-requested', manual: false },
      { type: 'update-available', version: '1.2.0' },
      { type: 'update-downloaded', version: '1.2.0' },
    );
    expect(steps.map((s) => s.notice.kind)).toEqual(['none', 'none', 'ready']);
    expect(steps[0]?.startCheck).toBe(true);
    expect(steps[2]).toEqual({
      state: { kind: 'ready', version: '1.2.0' },
      notice: { kind: 'ready', title: 'Update ready', body: 'Postwright 1.2.0 will be installed when you quit.' },
      startCheck: false,
    });
  });

  it('says nothing when an automatic check finds nothing or fails (offline is normal)', () => {
    expect(run({ type: 'check-requested', manual: false }, { type: 'update-not-available' })[1]?.notice).toEqual({ kind: 'none' });
    expect(run({ type: 'check-requested', manual: false }, { type: 'error', message: 'net::ERR_INTERNET_DISCONNECTED' })[1]).toEqual({
      state: { kind: 'idle' },
      notice: { kind: 'none' },
      startCheck: false,
    });
  });

  it('answers a check from the menu: up to date, or the error', () => {
    expect(run({ type: 'check-requested', manual: true }, { type: 'update-not-available' })[1]?.notice).toEqual({
      kind: 'message',
      title: 'No updates',
      body: 'You have the latest version of Postwright.',
    });
    expect(run({ type: 'check-requested', manual: true }, { type: 'error', message: 'HttpError: 404' })[1]?.notice).toEqual({
      kind: 'message',
      title: 'Could not check for updates',
      body: 'HttpError: 404',
    });
  });

  it('does not start a second check while one runs, but answers the user when it ends', () => {
    const steps = run({ type: 'check-requested', manual: false }, { type: 'check-requested', manual: true }, { type: 'update-not-available' });
    expect(steps.map((s) => s.startCheck)).toEqual([true, false, false]);
    expect(steps[2]?.notice.kind).toBe('message');
  });

  it('tells a user who asks during a download that it is on its way, without checking again', () => {
    const steps = run({ type: 'check-requested', manual: false }, { type: 'update-available', version: '2.0.0' }, { type: 'check-requested', manual: true });
    expect(steps[2]).toMatchObject({ startCheck: false, notice: { kind: 'message', body: expect.stringMatching(/2\.0\.0 is downloading/) } });
  });

  it('once an update is ready, never checks again and reminds only a user who asks', () => {
    const ready = run({ type: 'check-requested', manual: false }, { type: 'update-downloaded', version: '1.3.0' });
    const state = ready[1]!.state;
    expect(nextUpdateStep(state, { type: 'check-requested', manual: false })).toEqual({ state, notice: { kind: 'none' }, startCheck: false });
    expect(nextUpdateStep(state, { type: 'check-requested', manual: true })).toMatchObject({ state, startCheck: false, notice: { kind: 'message' } });
    // A late error (e.g. a second check's) does not forget the downloaded update.
    expect(nextUpdateStep(state, { type: 'error', message: 'x' }).state).toEqual(state);
  });
});
