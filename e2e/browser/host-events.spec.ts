import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHttpHost, type HttpHost } from '../../electron/serve/http-host';
import { createAppServices } from '../../electron/services/create-app-services';
import { fixtureSource, projectRoot } from '../support/serve-fixture';

// The serve host runs in this test's own process, so the test can push host events through it
// (the folder watcher will, later) and stop and restart it on the same port.

let dir = '';
let host: HttpHost | null = null;
test.afterEach(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

async function serve(port = 0, token?: string): Promise<HttpHost> {
  const api = await createAppServices({
    userDataDir: join(dir, 'user-data'),
    sampleBlogSource: join(projectRoot, 'assets', 'sample-blog'),
    dialogs: null,
    transport: 'http',
    version: '0.0.0',
    platform: process.platform,
    folder: join(dir, 'blog'),
  });
  return startHttpHost({ api, staticDir: join(projectRoot, 'out', 'renderer'), port, ...(token ? { token } : {}) });
}

test('an event the host pushes reaches the page over SSE, also after the server restarts', async ({ page }) => {
  dir = await mkdtemp(join(tmpdir(), 'postwright-events-'));
  await cp(fixtureSource, join(dir, 'blog'), { recursive: true });
  host = await serve();
  await page.goto(host.url);
  await expect(page.getByRole('navigation', { name: 'Posts' }).getByRole('button').first()).toBeVisible();
  await expect.poll(() => host!.events.streamCount()).toBe(1); // one stream for the page

  host.events.publish('menu-command', { command: 'file.newPost' });
  const dialog = page.getByRole('dialog', { name: 'New post' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The server goes away and comes back on the same port: the page reconnects by itself.
  const { token } = host;
  const port = Number(new URL(host.origin).port);
  await host.close();
  host = null;
  host = await serve(port, token);
  await expect.poll(() => host!.events.streamCount(), { timeout: 15_000 }).toBe(1);
  host.events.publish('menu-command', { command: 'go.post' });
  await expect(page.getByRole('combobox', { name: 'Go to post' })).toBeFocused();
  expect(host.events.streamCount()).toBe(1); // still one stream, not one per attempt
});
