import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
const dir = mkdtempSync(join(tmpdir(), 'pw-prof-'));
const folder = join(dir, 'blog'); mkdirSync(folder);
copyFileSync('/tmp/wt9-mega.md', join(folder, 'mega.md'));
const child = spawn(process.execPath, ['out/main/cli.js', 'serve', folder, '--port', '0'], { env: { ...process.env, POSTWRIGHT_USER_DATA: join(dir, 'ud') } });
const url = await new Promise((r) => { let o=''; child.stdout.on('data', (d) => { o += d; const m = /Open (\S+)/.exec(o); if (m) r(m[1]); }); });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url);
if (process.env.NOSYNC) { await page.evaluate(() => localStorage.setItem('postwright.scrollSync', 'off')); await page.reload(); }
await page.getByRole('navigation', { name: 'Posts' }).getByRole('button', { name: /Mega/ }).click();
await page.locator('.preview-article h1.post-title', { hasText: 'Mega' }).waitFor();
await page.waitForTimeout(8000);
if (process.env.NOPREVIEW) await page.addStyleTag({ content: '.preview-scroll{display:none}' });
await page.locator('.cm-content').click();
await page.keyboard.press('Control+End');
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.start');
for (const k of 'abcdefghijklmnopqrst') { await page.keyboard.press(k); await page.waitForTimeout(120); }
const { profile } = await cdp.send('Profiler.stop');
const trace = JSON.parse((await browser.stopTracing()).toString());
const sums = new Map(); for (const e of trace.traceEvents) if (e.ph === 'X' && e.dur) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
console.log([...sums].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, t]) => `${t.toFixed(0)}ms ${k}`).join('\n'));
const self = new Map(); const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + t); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, t]) => `${(t / 1000).toFixed(1)}ms ${k}`).join('\n'));
console.log(await page.evaluate(() => performance.getEntriesByName('postwright:preview-render').slice(-20).map((e) => e.duration.toFixed(1)).join(' ')));
await browser.close(); child.kill();
