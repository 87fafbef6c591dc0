// Takes the README's screenshots (docs/screenshots/): the dashboard, a pair page and the admin page, at 1366×900 and
// 390×844, in the light and the dark theme (the system's preference, which the app follows). Run by screenshots.sh
// against an app it started; BASE is its address.
import { chromium } from 'playwright-core';

const base = process.env.BASE;
const out = process.env.OUT;
const pages = [
  { name: 'dashboard', path: '/' },
  { name: 'pair', path: '/tariffs/USA/CHN?hs=8541' },
  { name: 'admin', path: '/admin', signIn: true },
];
const widths = [{ name: 'desktop', width: 1366, height: 900 }, { name: 'phone', width: 390, height: 844 }];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const theme of ['light', 'dark']) {
    for (const size of widths) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: theme });
      const page = await context.newPage();
      for (const p of pages) {
        if (p.signIn) {
          await page.goto(`${base}/Account/Login?ReturnUrl=${encodeURIComponent(p.path)}`);
          if (page.url().includes('/Account/Login')) {
            await page.getByLabel('Email').fill('editor@tradetracker.local');
            await page.getByLabel('Password').fill('Demo-pass-2025!');
            await page.getByRole('button', { name: 'Sign in' }).click();
            await page.waitForURL(url => !url.pathname.startsWith('/Account/Login'));
          }
        } else {
          await page.goto(base + p.path);
        }
        await page.locator('[data-interactive="true"]').waitFor();
        await page.screenshot({ path: `${out}/${p.name}-${size.name}-${theme}.png` });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
