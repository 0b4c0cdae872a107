import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BodyJob, BodySite, RenderedBody } from './site-bodies';

/** Messages to a render worker (render-worker.ts). */
export type ToWorker = { readonly type: 'site'; readonly site: BodySite } | { readonly type: 'jobs'; readonly seq: number; readonly jobs: readonly BodyJob[] };
/** Messages from a render worker. */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly seq: number; readonly results: RenderedBody[] }
  | { readonly type: 'failed'; readonly seq: number; readonly message: string };

/** The part of a worker thread the pool uses (a test passes an in-process stand-in). */
export interface RenderWorkerPort {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (message: FromWorker) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

/** Bodies per message: big enough that messaging costs little, small enough to share the tail. */
const CHUNK = 16;
/** Chunks queued per worker, so it has work while the exporting thread is busy and cannot answer. */
const QUEUED = 2;

/** A site export renders in worker threads only from this many bodies: below it, starting them costs more. */
export const POOL_MIN_BODIES = 150;

/** How many workers help the exporting thread: one per other core, none on a single core. */
export function helperCount(parallelism = availableParallelism()): number {
  return Math.max(0, Math.min(parallelism - 1, 3));
}

class PoolWorker {
  readonly ready: Promise<boolean>;
  private alive = true;
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (results: RenderedBody[]) => void; reject: (error: Error) => void }>();

  constructor(private readonly port: RenderWorkerPort) {
    let ready!: (ok: boolean) => void;
    this.ready = new Promise((resolve) => (ready = resolve));
    port.on('message', (message) => {
      if (message.type === 'ready') return ready(true);
      const pending = this.waiting.get(message.seq);
      this.waiting.delete(message.seq);
      if (message.type === 'done') pending?.resolve(message.results);
      else pending?.reject(new Error(message.message));
    });
    const lost = (error: Error) => {
      this.alive = false;
      ready(false);
      for (const pending of this.waiting.values()) pending.reject(error);
      this.waiting.clear();
    };
    port.on('error', lost);
    port.on('exit', (code) => lost(new Error(`render worker exited (${code})`)));
  }

  get usable(): boolean {
    return this.alive;
  }

  send(message: ToWorker): void {
    this.port.postMessage(message);
  }

  render(jobs: readonly BodyJob[]): Promise<RenderedBody[]> {
    if (!this.alive) return Promise.reject(new Error('render worker is gone'));
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.port.postMessage({ type: 'jobs', seq, jobs });
    });
  }

  close(): Promise<number> {
    this.alive = false;
    return this.port.terminate();
  }
}

/**
 * Worker threads that render post bodies beside the exporting thread. They start loading the
 * Markdown pipeline at once and take work only when loaded, so a small export never waits for
 * them; the exporting thread renders too, taking bodies from the same queue in order. A worker
 * that fails or dies hands its bodies back to the exporting thread: nothing is lost, only slower.
 */
export class RenderPool {
  private readonly workers: PoolWorker[];

  constructor(ports: readonly RenderWorkerPort[]) {
    this.workers = ports.map((port) => new PoolWorker(port));
  }

  /** Workers running `workerPath` (the built render-worker.js), one per other core. */
  static start(workerPath: string, count = helperCount()): RenderPool {
    return new RenderPool(Array.from({ length: count }, () => new Worker(workerPath) as RenderWorkerPort));
  }

  /**
   * Renders every job, in this thread and the workers; results in the jobs' order. `renderHere`
   * renders one body in this thread; `between` runs between them (it yields to the event loop,
   * which also lets worker results in, and throws to stop: the workers' bodies are then dropped);
   * `onProgress` hears how many are done.
   */
  async render(
    jobs: readonly BodyJob[],
    site: BodySite,
    renderHere: (job: BodyJob) => Promise<RenderedBody>,
    between: () => Promise<void>,
    onProgress?: (rendered: number) => void,
  ): Promise<RenderedBody[]> {
    const results: RenderedBody[] = new Array(jobs.length);
    let count = 0;
    const renderedSome = (n: number) => onProgress?.((count += n));
    const handedBack: number[] = [];
    let next = 0;
    let missing = jobs.length;
    let stopped = false;
    const feed = async (worker: PoolWorker) => {
      while (!stopped && next < jobs.length && worker.usable) {
        const start = next;
        const end = (next = Math.min(jobs.length, next + CHUNK));
        try {
          const done = await worker.render(jobs.slice(start, end));
          let added = 0;
          done.forEach((result, i) => {
            if (results[start + i] !== undefined) return; // rendered here meanwhile
            results[start + i] = result;
            added++;
          });
          missing -= added;
          renderedSome(added);
        } catch {
          for (let i = start; i < end; i++) handedBack.push(i);
          return;
        }
      }
    };
    for (const worker of this.workers) {
      void worker.ready.then((ok) => {
        if (!ok || stopped) return;
        worker.send({ type: 'site', site });
        for (let i = 0; i < QUEUED; i++) void feed(worker);
      });
    }
    try {
      while (missing > 0) {
        await between();
        let index: number | undefined = next < jobs.length ? next++ : handedBack.pop();
        // Nothing left to hand out: take a body a worker still has (the last first) rather than
        // wait for it, since a worker may be slowed down by other work on the machine.
        for (let i = jobs.length - 1; index === undefined && i >= 0; i--) if (results[i] === undefined) index = i;
        if (index === undefined || results[index] !== undefined) continue;
        results[index] = await renderHere(jobs[index]!);
        missing--;
        renderedSome(1);
      }
    } finally {
      stopped = true;
    }
    return results;
  }

  close(): Promise<unknown> {
    return Promise.all(this.workers.map((worker) => worker.close()));
  }
}
