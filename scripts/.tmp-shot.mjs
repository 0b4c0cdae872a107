import { spawn } from 'node:child_process';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const dir = await mkdtemp(join(tmpdir(), 'pw-shot-'));
const folder = join(dir, 'blog');
await cp('e2e/fixtures/blog', folder, { recursive: true });
await writeFile(join(folder, 'showcase.md'), `---
title: A showcase post
date: 2024-03-01
tags: [css, themes]
---

# Heading one

Some **bold** text, *italic*, a [link](https://example.com) and \`inline code\`.

> A quote from someone wise.

\`\`\`js
const answer = 42; // the answer
function greet(name) { return \`hi \${name}\`; }
\`\`\`

> [!NOTE]
> A note alert.

> [!WARNING]
> A warning alert.

| a | b |
|---|---|
| 1 | 2 |

- [x] done
- [ ] todo

Footnote ref[^1].

[^1]: The footnote.
`);
const child = spawn(process.execPath, ['out/main/cli.js', 'serve', folder, '--port', '0'], { env: { ...process.env, POSTWRIGHT_USER_DATA: join(dir, 'ud') }, stdio: ['ignore', 'pipe', 'pipe'] });
const url = await new Promise((res) => { let out = ''; child.stdout.on('data', (c) => { out += c; const m = /Open (\S+)/.exec(out); if (m) res(m[1]); }); });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
const mode = process.argv[2] ?? 'all';
await page.goto(url);
await page.getByRole('button', { name: /A showcase post/ }).click();
await page.locator('.cm-content', { hasText: 'Heading one' }).waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/shot-light.png' });
await page.keyboard.press('Control+Shift+P');
await page.keyboard.type('theme dark');
await page.keyboard.press('Enter');
await page.waitForTimeout(400);
await page.screenshot({ path: '/tmp/shot-dark.png' });
await page.locator('.cm-content').click();
await page.keyboard.type('typing here');
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/shot-dark-unsaved.png' });
await page.waitForTimeout(2500);
console.log('title', await page.title());
await page.keyboard.press('Control+=');
await page.keyboard.press('Control+=');
await page.keyboard.press('Control+Shift+B');
await page.waitForTimeout(400);
await page.screenshot({ path: '/tmp/shot-dark-zoom-nosidebar.png' });
await page.keyboard.press('Control+Alt+P');
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/shot-dark-nopreview.png' });
await page.keyboard.press('F2');
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/shot-dark-dialog.png' });
await browser.close();
child.kill();
