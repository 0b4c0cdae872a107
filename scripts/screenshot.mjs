#!/usr/bin/env node
// Takes the README screenshot: the built app in `serve` mode on the sample blog, in Chromium.
// Usage: npm run build && npm run screenshot [-- --dark]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const dark = process.argv.includes('--dark');
const out = join('docs', dark ? 'screenshot-dark.png' : 'screenshot.png');
const userData = await mkdtemp(join(tmpdir(), 'postwright-shot-'));
const server = spawn(process.execPath, ['out/main/cli.js', 'serve', '--port', '0'], {
  env: { ...process.env, POSTWRIGHT_USER_DATA: userData },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  let text = '';
  server.stdout.on('data', (chunk) => {
    text += chunk;
    const match = /Open (\S+)/.exec(text);
    if (match) resolve(match[1]);
  });
  server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, colorScheme: dark ? 'dark' : 'light' });
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Posts' }).getByRole('button', { name: /A Week With a Static Blog/ }).click();
  await page.locator('.cm-content', { hasText: 'For ten years' }).waitFor();
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nA new line, typed just now.');
  await page.getByRole('region', { name: 'Preview' }).locator('table').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  server.kill();
  await rm(userData, { recursive: true, force: true });
}
