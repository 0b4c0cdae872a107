import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
const base = 'file:///tmp/clitest/site/';
await page.goto(base + 'index.html');
await page.screenshot({ path: '/tmp/clitest/index.png' });
await page.goto(base + 'a-week-with-a-static-blog/index.html');
await page.screenshot({ path: '/tmp/clitest/post.png', fullPage: false });
await browser.close();
