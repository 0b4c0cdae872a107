import { ApiFailure } from '../../../../shared/api/result';
import type { SiteExportProgress, SiteExportSummary } from '../../../../shared/api/types';
import type { HostEventPublisher } from '../../watch/open-folder-watch';
import { exportSite, ExportRefused, type ExportSiteOptions, type ExportSiteResult } from './export-site';

/** Progress events at most this often: enough for a smooth bar, few enough not to flood SSE or IPC. */
const PROGRESS_INTERVAL_MS = 100;

export type SiteExporter = (options: ExportSiteOptions) => Promise<ExportSiteResult>;

/**
 * Runs the app's site exports, one at a time per host: it owns the running export's AbortController
 * (so `cancel` from another request can stop it) and turns exportSite's per-post progress into
 * throttled `site-export-progress` host events. Refusals and cancellation become ApiFailures with a
 * sentence the writer can act on.
 */
export class SiteExportRunner {
  private running: AbortController | null = null;

  constructor(
    private readonly publish: HostEventPublisher | undefined,
    private readonly exporter: SiteExporter = exportSite,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get busy(): boolean {
    return this.running !== null;
  }

  /** Claims the one export slot before anything slow (a folder picker) happens; throws BUSY when taken. */
  claim(): AbortController {
    if (this.running) throw new ApiFailure('BUSY', 'A site export is already running: wait for it to finish, or cancel it.');
    this.running = new AbortController();
    return this.running;
  }

  /** Gives the slot back without exporting (the picker was cancelled). */
  release(claim: AbortController): void {
    if (this.running === claim) this.running = null;
  }

  /** Exports with a slot from `claim`, and releases it however the export ends. */
  async run(claim: AbortController, options: Omit<ExportSiteOptions, 'signal' | 'onProgress'>): Promise<SiteExportSummary> {
    let last = -Infinity;
    let lastPhase: SiteExportProgress['phase'] | null = null;
    const onProgress = (progress: SiteExportProgress) => {
      const time = this.now();
      // The first of a phase and the last always go out; the ones between at most every interval.
      if (progress.phase === lastPhase && progress.done < progress.total && time - last < PROGRESS_INTERVAL_MS) return;
      last = time;
      lastPhase = progress.phase;
      this.publish?.('site-export-progress', { phase: progress.phase, done: progress.done, total: progress.total });
    };
    try {
      const result = await this.exporter({ ...options, signal: claim.signal, onProgress });
      return {
        out: result.out,
        posts: result.posts,
        tags: result.tags,
        written: result.written.length,
        unchanged: Math.max(0, result.files - result.written.length),
        deleted: result.deleted.length,
        imagesCopied: result.imagesCopied,
        problems: result.problems,
        settingsSource: result.settingsSource,
        settingsCreated: result.settingsCreated,
      };
    } catch (error) {
      if (claim.signal.aborted) {
        throw new ApiFailure('CANCELLED', 'Site export cancelled. The files written so far stay in the output folder; the next export picks up from there.');
      }
      if (error instanceof ExportRefused) throw new ApiFailure('INVALID', error.message);
      throw error;
    } finally {
      this.release(claim);
    }
  }

  /** Aborts the running export; false when none runs. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.abort();
    return true;
  }
}
