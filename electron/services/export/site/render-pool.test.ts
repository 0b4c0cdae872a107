import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { helperCount, RenderPool, type FromWorker, type RenderWorkerPort, type ToWorker } from './render-pool';
import { bodyRenderer, type BodyJob, type BodySite } from './site-bodies';

const site: BodySite = { policy: 'https', style: 'pretty', slugs: Array.from({ length: 60 }, (_, i) => [`posts/p${i}.md`, `p${i}`] as const) };
const jobs: BodyJob[] = site.slugs.map(([id, slug], i) => ({
  id,
  slug,
  body: `# Post ${i}\n\nSee [the next](p${i + 1}.md) and ![a](img/${i}.png).\n\n\`\`\`js\nconst n = ${i};\n\`\`\`\n\n<kbd>x</kbd> <b onclick="x()">y</b>\n`,
}));
const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A render worker in this thread, speaking the worker protocol with the real renderer (as
 * render-worker.ts does); `behaviour` makes it never start, or die after some chunks.
 */
class FakeWorker extends EventEmitter implements RenderWorkerPort {
  chunks = 0;
  private render: ((job: BodyJob) => Promise<{ html: string; images: string[] }>) | null = null;

  constructor(private readonly behaviour: { neverReady?: boolean; dieAfterChunks?: number } = {}) {
    super();
    if (!behaviour.neverReady) setImmediate(() => this.emit('message', { type: 'ready' } satisfies FromWorker));
  }

  postMessage(message: ToWorker): void {
    if (message.type === 'site') {
      this.render = bodyRenderer(message.site);
      return;
    }
    setTimeout(async () => {
      if (this.behaviour.dieAfterChunks !== undefined && this.chunks >= this.behaviour.dieAfterChunks) {
        this.emit('exit', 1);
        return;
      }
      this.chunks++;
      const results = [];
      for (const job of message.jobs) results.push(await this.render!(job));
      this.emit('message', { type: 'done', seq: message.seq, results } satisfies FromWorker);
    }, 1);
  }

  async terminate(): Promise<number> {
    return 0;
  }
}

async function inThisThread() {
  const render = bodyRenderer(site);
  const out = [];
  for (const job of jobs) out.push(await render(job));
  return out;
}

describe('RenderPool', () => {
  it('renders with workers exactly what this thread renders alone, in order', async () => {
    const workers = [new FakeWorker(), new FakeWorker()];
    const progress: number[] = [];
    const results = await new RenderPool(workers).render(jobs, site, bodyRenderer(site), yieldNow, (done) => progress.push(done));
    expect(results).toEqual(await inThisThread());
    expect(results[3]!.html).toContain('href="../p4/"');
    expect(results[3]!.images).toEqual(['posts/img/3.png']);
    expect(results[3]!.html).not.toContain('onclick');
    expect(workers.reduce((sum, worker) => sum + worker.chunks, 0)).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(jobs.length);
  });

  it('renders a dead worker’s bodies here, and does not wait for one that never starts', async () => {
    const results = await new RenderPool([new FakeWorker({ dieAfterChunks: 1 }), new FakeWorker({ neverReady: true })]).render(jobs, site, bodyRenderer(site), yieldNow);
    expect(results).toEqual(await inThisThread());
  });

  it('stops when `between` throws (a cancelled export)', async () => {
    let calls = 0;
    const stop = async () => {
      await yieldNow();
      if (++calls > 5) throw new Error('cancelled');
    };
    await expect(new RenderPool([new FakeWorker()]).render(jobs, site, bodyRenderer(site), stop)).rejects.toThrow('cancelled');
  });

  it('uses one helper per other core, none on one core', () => {
    expect(helperCount(1)).toBe(0);
    expect(helperCount(2)).toBe(1);
    expect(helperCount(16)).toBe(3);
  });
});
