import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { postButton } from './editor';

/**
 * Waits until the host's folder watcher is live: a post written now shows up in the list. The
 * watcher starts when the folder opens, without holding the page up, so a test that edits files
 * first proves it is listening (else an edit made during its first scan would go unseen).
 */
export async function watcherLive(page: Page, folder: string): Promise<void> {
  const probe = join(folder, 'watch-probe.md');
  await expect(async () => {
    await writeFile(probe, `---\ntitle: Watch Probe\n---\n${Date.now()}\n`);
    await expect(postButton(page, /Watch Probe/)).toBeVisible({ timeout: 1_500 });
  }).toPass({ timeout: 15_000 });
}
