// Offline use and installation: after the first visit the service worker serves every page, the lazy
// chunks (questionnaires, charts, PDF) and the fonts from its cache; a new version waits for the user.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { clearStorage, fillSetup, walkQuestionnaire } from './helpers.ts';

const KEY_PREFIX = 'ikz-check.bewertung';

/** Waits until the service worker is active, has cached everything and controls this page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none')).toBe('activated');
}

function watchConsole(page: Page): { csp: string[]; errors: string[] } {
  const seen = { csp: [] as string[], errors: [] as string[] };
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.csp.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves a copy of dist/ from a sub-folder of a small web server of its own, so that a test can
 * "deploy" a new version: index.html gets a marker and sw.js the matching precache revision.
 */
async function serveCopyOfDist(folder = '/ikz-check/') {
  const dir = mkdtempSync(join(tmpdir(), 'ikz-dist-'));
  cpSync('dist', dir, { recursive: true });
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://localhost').pathname);
    const file = normalize(path.slice(folder.length) || 'index.html');
    if (!path.startsWith(folder) || file.startsWith('..')) return void response.writeHead(404).end();
    try {
      const body = readFileSync(join(dir, file));
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${folder}`,
    deployNewVersion() {
      const html = readFileSync(join(dir, 'index.html'), 'utf8').replace('<head>', '<head><meta name="ikz-test-version" content="neu">');
      writeFileSync(join(dir, 'index.html'), html);
      const revision = createHash('md5').update(html).digest('hex');
      const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
      const updated = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, `$1${revision}"`);
      expect(updated).not.toBe(sw);
      writeFileSync(join(dir, 'sw.js'), updated);
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function runningVersion(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('meta[name="ikz-test-version"]')?.getAttribute('content') ?? 'alt');
}

/** The saved assessment entries, whatever their key layout. */
function savedEntries(page: Page): Promise<string[]> {
  return page.evaluate(
    (prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)).map((key) => localStorage.getItem(key)!),
    KEY_PREFIX,
  );
}

test('after the first visit every page, the charts and the PDF work offline and keep the answers', async ({ page, context }) => {
  test.setTimeout(180_000);
  const seen = watchConsole(page);
  await clearStorage(page);
  await fillSetup(page, 'Offlinehausen');
  await walkQuestionnaire(page, 'Prozesse & Organisation');
  await waitForServiceWorker(page);
  const offlineReady = page.getByRole('status').filter({ hasText: 'IKZ-Check funktioniert jetzt auch ohne Internetverbindung.' });
  await expect(offlineReady).toBeVisible();
  await offlineReady.getByRole('button', { name: 'Hinweis schließen' }).click();
  await expect(offlineReady).toHaveCount(0);
  const savedOnline = await savedEntries(page);
  expect(savedOnline.join()).toContain('Offlinehausen');

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Antworten prüfen');
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('interkommunale Zusammenarbeit');
  // The KERN fonts come from the cache too.
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.family.replaceAll(/["']/g, '') === 'Fira Sans').map((face) => face.status);
  });
  expect(fonts).toContain('loaded');
  expect(fonts).not.toContain('error');

  await page.goto('./#/fragebogen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht der Fragebögen');
  await expect(page.locator('.kern-task-list__status').filter({ hasText: 'Abgeschlossen' }).first()).toBeVisible();

  await page.goto('./#/fragebogen/prozesse/abschnitt/rueckhalt');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('form fieldset').first().locator('input:checked')).toHaveCount(1);

  await page.goto('./#/angaben');
  await expect(page.getByLabel('Name der Gemeinde oder Stadt')).toHaveValue('Offlinehausen');

  await page.goto('./#/ergebnis');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnis für Offlinehausen');
  await expect(page.locator('figure.radar canvas')).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bericht als PDF herunterladen' }).click();
  const download = await downloadPromise;
  await expect(page.getByRole('status').filter({ hasText: 'heruntergeladen' })).toBeVisible();
  expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');

  expect(await savedEntries(page)).toEqual(savedOnline);
  expect(seen.csp).toEqual([]);
  expect(seen.errors).toEqual([]);
  await context.setOffline(false);
});

test('the offline notice floats over the page: nothing moves, keyboard focus stays above it, Escape closes it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('./#/angaben');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Angaben zur Gemeinde');
  const before = await heading.boundingBox();
  const notice = page.getByRole('status').filter({ hasText: 'IKZ-Check funktioniert jetzt auch ohne Internetverbindung.' });
  await expect(notice).toBeVisible();
  expect(await heading.boundingBox()).toEqual(before);
  const noticeTop = (await notice.boundingBox())!.y;
  expect(noticeTop).toBeGreaterThan(320);

  // Tabbing through the form never leaves a field hidden behind the notice (the page scrolls smoothly).
  await page.getByLabel('Name der Gemeinde oder Stadt').focus();
  const focusedBottom = () =>
    page.evaluate(() => (document.activeElement!.closest('[role="status"]') ? 0 : document.activeElement!.getBoundingClientRect().bottom));
  for (let step = 0; step < 8; step++) {
    await page.keyboard.press('Tab');
    await expect.poll(focusedBottom).toBeLessThanOrEqual(noticeTop + 1);
  }

  await notice.getByRole('button', { name: 'Hinweis schließen' }).focus();
  await page.keyboard.press('Escape');
  await expect(notice).toHaveCount(0);
});

test('a new version waits for the user, keeps the answers and updates every open window', async ({ context }) => {
  test.setTimeout(120_000);
  const site = await serveCopyOfDist();
  try {
    const page = await context.newPage();
    const seen = watchConsole(page);
    await page.goto(`${site.url}#/angaben`);
    await page.getByLabel('Name der Gemeinde oder Stadt').fill('Updatedorf');
    await waitForServiceWorker(page);
    const other = await context.newPage();
    await other.goto(`${site.url}#/fragebogen`);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Übersicht der Fragebögen');

    site.deployNewVersion();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = (p: Page) => p.getByRole('status').filter({ hasText: 'Eine neue Version von IKZ-Check ist verfügbar.' });
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText('Ihre Antworten bleiben erhalten.');
    await expect(notice(other)).toBeVisible();

    // "Später": the old version keeps running, also after a reload; the offer comes again.
    await notice(page).getByRole('button', { name: 'Später' }).click();
    await expect(notice(page)).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('Name der Gemeinde oder Stadt')).toHaveValue('Updatedorf');
    expect(await runningVersion(page)).toBe('alt');
    await expect(notice(page)).toBeVisible();

    // "Jetzt aktualisieren" reloads this window into the new version, answers included.
    const reloaded = page.waitForEvent('load');
    await notice(page).getByRole('button', { name: 'Jetzt aktualisieren' }).click();
    await reloaded;
    await expect(page.getByLabel('Name der Gemeinde oder Stadt')).toHaveValue('Updatedorf');
    expect(await runningVersion(page)).toBe('neu');
    await expect(notice(page)).toHaveCount(0);

    // The other window is not reloaded behind the user's back: it asks.
    const elsewhere = other.getByRole('status').filter({ hasText: 'IKZ-Check wurde in einem anderen Fenster aktualisiert.' });
    await expect(elsewhere).toBeVisible();
    expect(await runningVersion(other)).toBe('alt');
    await elsewhere.getByRole('button', { name: 'Seite neu laden' }).click();
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Übersicht der Fragebögen');
    await expect.poll(() => runningVersion(other)).toBe('neu');
    expect(seen.csp).toEqual([]);
    expect(seen.errors).toEqual([]);
  } finally {
    await site.close();
  }
});

test('"Jetzt aktualisieren" works on the very first visit too, and keeps what was just typed', async ({ context }) => {
  test.setTimeout(120_000);
  const site = await serveCopyOfDist();
  try {
    const page = await context.newPage();
    const seen = watchConsole(page);
    // First visit: this page installs the service worker and is never reloaded before the update.
    await page.goto(`${site.url}#/angaben`);
    await waitForServiceWorker(page);
    site.deployNewVersion();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.getByRole('status').filter({ hasText: 'Eine neue Version von IKZ-Check ist verfügbar.' });
    await expect(notice).toBeVisible();
    // Typed just before the click: saved when the page goes, not lost by the reload.
    await page.getByLabel('Name der Gemeinde oder Stadt').fill('Erstbesuchsdorf');

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
    await reloaded;
    await expect.poll(() => runningVersion(page)).toBe('neu');
    await expect(page.getByLabel('Name der Gemeinde oder Stadt')).toHaveValue('Erstbesuchsdorf');
    await expect(notice).toHaveCount(0);
    expect(seen.csp).toEqual([]);
    expect(seen.errors).toEqual([]);
  } finally {
    await site.close();
  }
});

test('the web app manifest is linked, valid and German, and Chromium finds the app installable', async ({ page, request, browser, launchOptions, baseURL }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('./manifest.webmanifest');
  const response = await request.get(new URL(href!, page.url()).href);
  expect(response.ok()).toBe(true);
  const manifest = JSON.parse(await response.text()) as Record<string, unknown> & { icons: { src: string; sizes: string; purpose?: string }[] };
  expect(manifest).toMatchObject({
    name: 'IKZ-Check – Bereitschaft für interkommunale Zusammenarbeit',
    short_name: 'IKZ-Check',
    lang: 'de',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#1a4b8c',
    background_color: '#ffffff',
  });
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const image = await request.get(new URL(icon.src, response.url()).href);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = await image.body();
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }

  // Chromium's own view, in a normal profile (test contexts are incognito, which blocks installing):
  // the manifest parses without errors and nothing stands in the way of installing the app.
  const profile = mkdtempSync(join(tmpdir(), 'ikz-profile-'));
  const context = await browser.browserType().launchPersistentContext(profile, { ...launchOptions, baseURL });
  try {
    const installPage = context.pages()[0] ?? (await context.newPage());
    await installPage.goto('./');
    await waitForServiceWorker(installPage);
    const cdp = await context.newCDPSession(installPage);
    const parsed = await cdp.send('Page.getAppManifest');
    expect(parsed.errors).toEqual([]);
    expect(parsed.url).toBe(new URL('manifest.webmanifest', baseURL).href);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
