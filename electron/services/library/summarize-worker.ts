import { parentPort, workerData } from 'node:worker_threads';
import { ListingCache, summarizeFiles, type ListedFile, type SummaryProfile } from './list-posts';
import type { WorkerRequest, WorkerReply } from './summarize-split';

/**
 * Worker-thread entry (its own entry in electron.vite.config.ts: out/main/summarize-worker.js):
 * summarises its share of a large folder's files while the main thread does the rest, then
 * answers once with the entries and their cache keys, and exits.
 */
const request = workerData as WorkerRequest;
const cache = new ListingCache();
const files: readonly ListedFile[] = request.files;
const profile: SummaryProfile = { generator: request.generator };
const entries = summarizeFiles(files, profile, cache);
const reply: WorkerReply = { entries, cached: [...cache.all()] };
parentPort?.postMessage(reply);
