import { parentPort } from 'node:worker_threads';
import { bodyRenderer, type BodyJob, type BodySite, type RenderedBody } from './site-bodies';
import type { ToWorker } from './render-pool';

/**
 * A render worker of the site export's pool (render-pool.ts): renders post bodies with the same
 * pipeline as the exporting thread and sends the HTML back. It loads markdown-it, highlight.js and
 * KaTeX once, while the exporting thread reads the posts, and says so with `ready`.
 */
const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread only.');

let render: ((job: BodyJob) => Promise<RenderedBody>) | null = null;
port.on('message', (message: ToWorker) => {
  if (message.type === 'site') {
    render = bodyRenderer(message.site satisfies BodySite);
    return;
  }
  void (async () => {
    try {
      if (!render) throw new Error('no site given before the bodies');
      const results: RenderedBody[] = [];
      for (const job of message.jobs) results.push(await render(job));
      port.postMessage({ type: 'done', seq: message.seq, results });
    } catch (error) {
      port.postMessage({ type: 'failed', seq: message.seq, message: (error as Error).message });
    }
  })();
});
port.postMessage({ type: 'ready' });
