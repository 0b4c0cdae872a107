import { Worker } from 'node:worker_threads';
import { ListingCache, summarizeFiles, type CachedFile, type ListedFile, type ListEntry, type SummaryProfile } from './list-posts';

/** What the worker is given and answers (summarize-worker.ts). */
export interface WorkerRequest {
  readonly files: readonly ListedFile[];
  readonly generator: SummaryProfile['generator'];
}
export interface WorkerReply {
  readonly entries: ListEntry[];
  readonly cached: [string, CachedFile][];
}

/** Below this many files to read, a worker's start-up (~30–60 ms) costs more than it saves. */
export const SPLIT_MIN_FILES = 2_000;
/** The worker's share: smaller than half, as it starts later (it loads its bundle first). */
export const WORKER_SHARE = 0.45;

/**
 * summarizeFiles over two threads for a large folder the cache knows little of (a first open):
 * the worker summarises the tail of the list while this thread does the head, and the worker's
 * answers go into `cache` as if read here. Any trouble with the worker (missing file, failed
 * start, crash) and its share is read here instead: same result, only slower.
 */
export async function summarizeFilesSplit(
  files: readonly ListedFile[],
  profile: SummaryProfile,
  cache: ListingCache,
  workerFile: string | null,
): Promise<ListEntry[]> {
  // The worker has no cache: worth it only when nearly every file must be read anyway.
  if (workerFile === null || files.length < SPLIT_MIN_FILES || cache.size > files.length / 10) return summarizeFiles(files, profile, cache);
  const cut = Math.floor(files.length * (1 - WORKER_SHARE));
  const head = files.slice(0, cut);
  const tail = files.slice(cut);
  const reply = runWorker(workerFile, { files: tail, generator: profile.generator });
  const headEntries = summarizeFiles(head, profile, cache);
  const headCounts = { ...cache.counts };
  const answered = await reply;
  let tailEntries: ListEntry[];
  if (answered === null) {
    tailEntries = summarizeFiles(tail, profile, cache);
  } else {
    for (const [path, { key, readAtMs, entry }] of answered.cached) cache.set(path, key, entry, readAtMs);
    tailEntries = answered.entries;
    cache.counts.read = answered.cached.length;
    cache.counts.reused = 0;
  }
  cache.counts.read += headCounts.read;
  cache.counts.reused += headCounts.reused;
  return headEntries.concat(tailEntries);
}

/** The worker's answer, or null when it could not give one. */
function runWorker(file: string, request: WorkerRequest): Promise<WorkerReply | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(file, { workerData: request });
    } catch {
      resolve(null);
      return;
    }
    worker.once('message', (reply: WorkerReply) => resolve(reply));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null)); // after 'message' this changes nothing
  });
}
