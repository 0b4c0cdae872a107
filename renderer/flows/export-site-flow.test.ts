import { describe, expect, it, vi } from 'vitest';
import type { HostEventListener, HostEventName, HostEvents, PostwrightApi, Result, SiteExportSummary } from '../../shared/api';
import { sampleFolder } from '../../shared/api/testing/sample-folder';
import { createDialogPrompts } from '../dialogs/dialog-prompts';
import { createAppStore } from '../state/app-store';
import { createNotices } from '../state/notices';
import { createExportSiteFlow } from './export-site-flow';

const summary: SiteExportSummary = {
  out: '/home/sam/site',
  posts: 3,
  tags: 1,
  written: 9,
  unchanged: 0,
  deleted: 0,
  imagesCopied: 0,
  problems: [],
  settingsSource: 'postwright-site.json',
  settingsCreated: false,
};

/** The flow over a real store, with the host's answer to export.site held until the test settles it. */
function setup(nativeDialogs = false) {
  let settle: (result: Result<SiteExportSummary | null>) => void = () => {};
  const api = {
    export: {
      site: vi.fn(() => new Promise<Result<SiteExportSummary | null>>((resolve) => (settle = resolve))),
      cancelSite: vi.fn(async () => ({ ok: true, value: true })),
    },
  } as unknown as PostwrightApi;
  const listeners = new Map<HostEventName, (payload: unknown) => void>();
  const events: HostEvents = {
    on: <E extends HostEventName>(name: E, listener: HostEventListener<E>) => {
      listeners.set(name, listener as (payload: unknown) => void);
      return () => listeners.delete(name);
    },
    ready: () => {},
  };
  const store = createAppStore();
  store.dispatch({ type: 'started', info: { version: '1', transport: 'http', nativeDialogs, platform: 'linux' }, folder: sampleFolder('/blog') });
  const flow = createExportSiteFlow({ api, store, notices: createNotices(store), prompts: createDialogPrompts(store) });
  flow.subscribe(events);
  const progress = (done: number, total: number) => listeners.get('site-export-progress')!({ phase: 'posts', done, total });
  return { api, store, flow, progress, settle: (result: Result<SiteExportSummary | null>) => settle(result) };
}

const choice = { out: '~/site', drafts: true, flat: false, clean: false };

describe('export site flow', () => {
  it('asks, closes the dialog once progress arrives, shows it, then the summary until closed', async () => {
    const { api, store, flow, progress, settle } = setup();
    flow.ask();
    expect(store.getState().dialog).toMatchObject({ kind: 'export-site', askPath: true });
    const started = flow.start(choice);
    expect(api.export.site).toHaveBeenCalledWith({ out: '~/site', drafts: true, flat: false, clean: false });
    expect(store.getState().dialog).toMatchObject({ kind: 'export-site', busy: true });
    progress(2, 10);
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().siteExport).toEqual({ kind: 'running', progress: { phase: 'posts', done: 2, total: 10 }, cancelling: false });
    settle({ ok: true, value: summary });
    await started;
    expect(store.getState().siteExport).toEqual({ kind: 'done', summary });
    progress(3, 10); // late: dropped
    expect(store.getState().siteExport).toEqual({ kind: 'done', summary });
    flow.dismiss();
    expect(store.getState().siteExport).toBeNull();
    // The next time offers the same choice again.
    flow.ask();
    expect(store.getState().dialog).toMatchObject({ defaults: choice });
  });

  it('shows a refusal in the dialog, and a cancel as a passing notice', async () => {
    const { api, store, flow, progress, settle } = setup();
    flow.ask();
    const refused = flow.start(choice);
    settle({ ok: false, error: { code: 'INVALID', message: 'The output folder contains the posts folder.' } });
    await refused;
    expect(store.getState().dialog).toMatchObject({ kind: 'export-site', busy: false, error: 'The output folder contains the posts folder.' });
    expect(store.getState().siteExport).toBeNull();

    const running = flow.start(choice);
    progress(1, 10);
    await flow.cancel();
    expect(api.export.cancelSite).toHaveBeenCalledTimes(1);
    expect(store.getState().siteExport).toMatchObject({ kind: 'running', cancelling: true });
    settle({ ok: false, error: { code: 'CANCELLED', message: 'Site export cancelled.' } });
    await running;
    expect(store.getState().siteExport).toBeNull();
    expect(store.getState().notice).toBe('Site export cancelled.');
  });

  it('in the desktop app asks the host to show its folder picker, and a cancelled picker just closes', async () => {
    const { api, store, flow, settle } = setup(true);
    flow.ask();
    expect(store.getState().dialog).toMatchObject({ askPath: false });
    const started = flow.start({ ...choice, out: '' });
    expect(api.export.site).toHaveBeenCalledWith({ out: null, drafts: true, flat: false, clean: false });
    settle({ ok: true, value: null });
    await started;
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().siteExport).toBeNull();
  });
});
