import { spawn } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const [site, title, out, scheme = 'light', action = ''] = process.argv.slice(2);
const dir = await mkdtemp(join(tmpdir(), 'pw-shot-'));
await cp(join('e2e/fixtures', site), join(dir, 'site'), { recursive: true });
const { writeFile } = await import('node:fs/promises');
await writeFile(join(dir, 'site', 'broken.md'), '---\ntitle: Broken\ntags: [one\ndate: 2024-01-01\n---\n\nBody text.\n');
const child = spawn(process.execPath, ['out/main/cli.js', 'serve', join(dir, 'site'), '--port', '0'], { env: { ...process.env, POSTWRIGHT_USER_DATA: join(dir, 'ud') } });
const url = await new Promise((res) => {
  let o = '';
  const on = (c) => { o += c; const m = /Open (\S+)/.exec(o); if (m) res(m[1]); };
  child.stdout.on('data', on); child.stderr.on('data', on);
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 1280), height: 760 } });
await page.emulateMedia({ colorScheme: scheme });
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
await page.goto(url);
await page.getByRole('navigation', { name: 'Posts' }).getByRole('button', { name: new RegExp(title) }).first().click();
await page.locator('.fm-panel').waitFor();
if (action === 'more' && await page.getByRole('button', { name: /Other fields/ }).count()) await page.getByRole('button', { name: /Other fields/ }).click();
if (action === 'kbd') { await page.getByLabel('Title').focus(); for (let i = 0; i < Number(process.env.TABS ?? 3); i++) await page.keyboard.press('Tab'); }
if (action === 'tagfocus') { await page.getByRole('combobox', { name: 'Tags' }).click(); await page.keyboard.type('re'); }
await page.waitForTimeout(300);
await page.screenshot({ path: out });
console.log(await page.locator('.fm-panel').innerText());
await browser.close();
child.kill();
