import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { fixtureSource, startServe } from '../support/serve-fixture';
import { editorContent, openPost, typeAtEnd } from '../support/editor';

// The host dies mid-edit (SIGKILL: no chance to save or clean up). The next start offers the text back.

let dir = '';
let child: ChildProcess | null = null;
test.afterEach(async () => {
  child?.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

/** The journal files the host wrote, read from its data folder (one per post with unsaved text). */
async function journalTexts(userData: string): Promise<string[]> {
  const root = join(userData, 'journal');
  const names = await readdir(root, { recursive: true }).catch(() => [] as string[]);
  const files = names.filter((name) => name.endsWith('.json'));
  // A file the host removes between the listing and the read is gone: not an entry (a race seen in npm test).
  const texts = await Promise.all(files.map((name) => readFile(join(root, name), 'utf8').then((json) => (JSON.parse(json) as { text: string }).text, () => null)));
  return texts.filter((text) => text !== null);
}

async function killMidEdit(page: Page, typed: string) {
  dir = await mkdtemp(join(tmpdir(), 'postwright-journal-'));
  const folder = join(dir, 'blog');
  const userData = join(dir, 'user-data');
  await cp(fixtureSource, folder, { recursive: true });
  const first = await startServe(folder, userData);
  child = first.child;
  await page.goto(first.url);
  await openPost(page, /Hello World/, 'This is the');
  await typeAtEnd(page, typed);
  // Within about a second of typing, without saving, the text is in the journal.
  await expect.poll(async () => (await journalTexts(userData)).some((text) => text.endsWith(typed)), { timeout: 5_000 }).toBe(true);
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.once('exit', resolve));
  return { folder, userData };
}

test('unsaved text survives the host being killed mid-edit and is recovered on the next start', async ({ page }) => {
  const { folder, userData } = await killMidEdit(page, '\nTyped just before the crash.');
  const original = await readFile(join(folder, 'hello-world.md'), 'utf8');
  expect(original).not.toContain('Typed just before the crash.'); // never saved

  const second = await startServe(folder, userData);
  child = second.child;
  await page.goto(second.url);
  const bar = page.getByRole('alert').filter({ hasText: 'Unsaved text from your last session' });
  await expect(bar).toContainText('Hello World');
  await bar.getByRole('button', { name: 'Recover' }).click();
  await expect(bar).toBeHidden();
  await expect(editorContent(page)).toContainText('Typed just before the crash.');
  await expect(page).toHaveTitle(/^• Hello World/); // unsaved until the writer saves
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveTitle(/^Hello World/);
  expect(await readFile(join(folder, 'hello-world.md'), 'utf8')).toBe(`${original}\nTyped just before the crash.`);
  // A clean save clears the journal: the next start offers nothing.
  await expect.poll(() => journalTexts(userData)).toEqual([]);
});

test('a kept edit whose file changed meanwhile opens as a conflict, not an overwrite', async ({ page }) => {
  const { folder, userData } = await killMidEdit(page, '\nMine, from before the crash.');
  const path = join(folder, 'hello-world.md');
  const theirs = (await readFile(path, 'utf8')).replace('# Welcome', '# Welcome, pulled while closed');
  await writeFile(path, theirs);

  const second = await startServe(folder, userData);
  child = second.child;
  await page.goto(second.url);
  const bar = page.getByRole('alert').filter({ hasText: 'Unsaved text from your last session' });
  await expect(bar).toContainText('changed on disk since');
  await bar.getByRole('button', { name: 'Recover' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'was changed by another program' });
  await expect(conflict).toBeVisible();
  await expect(editorContent(page)).toContainText('Mine, from before the crash.');
  expect(await readFile(path, 'utf8')).toBe(theirs); // nothing overwritten

  // Taking theirs leaves nothing unsaved: the kept entry goes.
  await conflict.getByRole('button', { name: 'Take theirs' }).click();
  await expect(editorContent(page)).toContainText('pulled while closed');
  await expect.poll(() => journalTexts(userData), { timeout: 5_000 }).toEqual([]);
});

test('Discard in the recovery bar forgets the kept text', async ({ page }) => {
  const { folder, userData } = await killMidEdit(page, '\nThrow this away.');
  const second = await startServe(folder, userData);
  child = second.child;
  await page.goto(second.url);
  const bar = page.getByRole('alert').filter({ hasText: 'Unsaved text from your last session' });
  await bar.getByRole('button', { name: 'Discard' }).click();
  await expect(bar).toBeHidden();
  await expect.poll(() => journalTexts(userData)).toEqual([]);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Posts' }).getByRole('button').first()).toBeVisible();
  await expect(bar).toHaveCount(0);
});
