// The browser figures of `npm run bench`, measured in Debian's Chromium against the built app as a
// gzip-serving web server delivers it. Each figure is the median of several runs in fresh contexts.
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { BareChromium } from './bareChromium.ts';
import type { ReportTimings } from './benchInBrowser.ts';
import { longestTasks, type DeepLinkTasks } from './traceTasks.ts';
import { cumulativeLayoutShift, OBSERVE_SHIFTS, RECORDED_SHIFTS, type Shift } from './layoutShift.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Chromium 156 loads its address bar's dropdown (a WebUI page in a renderer of its own) with every
// new window, headless too: 1–1.6 s of CPU in the first two seconds, on a 2-core machine beside the
// page being measured. A user's browser did that when its window opened, not when a tab loads the
// app, so the bench switches it off.
const NO_OMNIBOX_WEBUI = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup';
// The measured page is the tab a user looks at: never slowed down as a tab in the background
// (Playwright and Lighthouse's launcher pass these flags anyway; a bare Chromium needs them).
const FOREGROUND_TAB = ['--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', NO_OMNIBOX_WEBUI, ...FOREGROUND_TAB];
const STORAGE_KEY = 'ikz-check.bewertung';

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', ...FLAGS] });
}

async function withPage<T>(browser: Browser, options: BrowserContextOptions, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ locale: 'de-DE', ...options });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Puts a saved assessment into localStorage, from a page of the same origin that is not the app. */
async function seed(page: Page, url: string, saved: string): Promise<void> {
  await page.goto(`${url}favicon.svg`);
  await page.evaluate(([key, data]) => localStorage.setItem(key, data), [STORAGE_KEY, saved] as const);
}

export interface FirstVisit {
  fontBytes: number;
  fontFiles: string[];
  cls: number;
  offlineNoticeShown: boolean;
}

/** A first visit of a page on a 360 px phone screen, watched for 6 s (the offline notice appears meanwhile). */
export async function firstVisit(browser: Browser, url: string): Promise<FirstVisit> {
  return withPage(browser, { viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }, async (page) => {
    await page.addInitScript(OBSERVE_SHIFTS);
    await page.goto(url);
    await page.waitForTimeout(6000);
    const result = (await page.evaluate(`({
      shifts: ${RECORDED_SHIFTS},
      fonts: performance.getEntriesByType('resource').filter((e) => /\\.woff2$/.test(e.name)).map((e) => ({ name: e.name, bytes: e.encodedBodySize })),
      notice: document.body.innerText.includes('ohne Internetverbindung'),
    })`)) as { shifts: Shift[]; fonts: { name: string; bytes: number }[]; notice: boolean };
    return {
      fontBytes: result.fonts.reduce((sum, f) => sum + f.bytes, 0),
      fontFiles: result.fonts.map((f) => f.name.split('/').at(-1)!),
      cls: cumulativeLayoutShift(result.shifts),
      offlineNoticeShown: result.notice,
    };
  });
}

/**
 * Longest task on the page's main thread while a deep link loads, with the CPU slowed down `slowdown`
 * times, in a page no DevTools domain watches (see bareChromium.ts). The page is traced for a fixed
 * time and only then checked.
 */
export async function longestTaskOnLoad(chrome: BareChromium, origin: string, path: string, slowdown: number): Promise<DeepLinkTasks> {
  // A same-origin page first, so that the throttled renderer is the one that loads the app.
  const page = await chrome.newPage(`${origin}favicon.svg`);
  try {
    await page.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    const events = await chrome.trace(['devtools.timeline', 'disabled-by-default-devtools.timeline'], async () => {
      await page.send('Page.navigate', { url: `${origin}${path}` });
      await new Promise((resolve) => setTimeout(resolve, 4000));
    });
    if (!(await page.evaluate('Boolean(document.querySelector("main h1")?.textContent)'))) throw new Error(`${path}: no page heading after 4 s`);
    return longestTasks(events, `${origin}${path}`);
  } finally {
    await page.close();
  }
}

// `__resultsPainted()` resolves with the time (ms since navigation start) at which a results page
// heading is first painted; `__openedPainted` watches from the start of the document.
const WATCH_RESULTS = `window.__resultsPainted = () => new Promise((resolve) => {
  const check = () => {
    if (!document.querySelector('main h1')?.textContent?.startsWith('Ergebnis')) return false;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    return true;
  };
  const observer = new MutationObserver(check);
  if (!check()) observer.observe(document, { childList: true, subtree: true, characterData: true });
});
window.__openedPainted = window.__resultsPainted();`;

// Playwright's `serviceWorkers: 'block'`: the offline copy, fetched and prepared in the background
// after the first page, would compete with the measured click.
const NO_SERVICE_WORKER = `if (navigator.serviceWorker) navigator.serviceWorker.register = async () => undefined;`;
// Resolves once no resource has been added for half a second (Playwright's "networkidle").
const NETWORK_QUIET = `new Promise((resolve) => {
  let seen = -1;
  const check = () => {
    const now = performance.getEntriesByType('resource').length;
    if (now === seen) resolve(true);
    else setTimeout(check, 500, (seen = now));
  };
  check();
})`;

/**
 * The results page until it is painted, in a bare Chromium page: opened directly (from navigation
 * start, app and questionnaires loading included) and reached by a click on the overview page
 * (questionnaires already loaded). Only the page domain is on, for the scripts at document start; it
 * records no stacks (checked in a trace of the deep link: no source positions collected for it).
 */
export async function resultsPaint(chrome: BareChromium, url: string, saved: string): Promise<{ opened: number; clicked: number }> {
  const page = await chrome.newPage(`${url}favicon.svg`);
  try {
    await page.evaluate(`localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, ${JSON.stringify(saved)})`);
    await page.send('Page.enable');
    await page.send('Page.addScriptToEvaluateOnNewDocument', { source: `${NO_SERVICE_WORKER}\n${WATCH_RESULTS}` });
    await page.send('Page.navigate', { url: `${url}#/ergebnis` });
    await page.until(`location.hash === '#/ergebnis' && window.__openedPainted`);
    const opened = await page.evaluate<number>('window.__openedPainted');
    await page.send('Page.navigate', { url: `${url}favicon.svg` });
    await page.until(`location.pathname.endsWith('favicon.svg') && document.readyState === 'complete'`);
    await page.send('Page.navigate', { url: `${url}#/fragebogen` });
    await page.until(`document.querySelector('main h1')?.textContent === 'Übersicht der Fragebögen'`);
    await page.evaluate(NETWORK_QUIET);
    const clicked = await page.evaluate<number>(`(async () => {
      const start = performance.now();
      const painted = window.__resultsPainted();
      location.hash = '#/ergebnis';
      return (await painted) - start;
    })()`);
    return { opened, clicked };
  } finally {
    await page.close();
  }
}

export interface DocumentClicks {
  /** The first click until the download, the lazy import of the document code included. */
  first: number;
  /** Of which building the document. */
  firstBuild: number;
  /** Building the document on each later click. */
  later: number[];
  /** Size of the last file. */
  bytes: number;
}

/**
 * Clicks a document button of the results page `clicks` times: the PDF report or the Beschlussvorlage
 * (Word). The app measures each build (`performance.measure` named `mark`) and each click until the
 * download (`${mark}-total`).
 */
export async function documentClicks(
  browser: Browser,
  url: string,
  saved: string,
  button: DocumentButton,
  clicks = 6,
): Promise<DocumentClicks> {
  return withPage(browser, { serviceWorkers: 'block', acceptDownloads: true }, async (page) => {
    await seed(page, url, saved);
    await page.goto(`${url}#/ergebnis`);
    const runs: { build: number; total: number }[] = [];
    let bytes = 0;
    for (let i = 0; i < clicks; i++) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button.label }).click();
      const file = await (await download).createReadStream();
      bytes = 0;
      for await (const chunk of file) bytes += (chunk as Buffer).length;
      await page.getByRole('status').filter({ hasText: button.done }).waitFor();
      runs.push(
        (await page.evaluate(
          `({ build: performance.getEntriesByName('${button.mark}').at(-1).duration, total: performance.getEntriesByName('${button.mark}-total').at(-1).duration })`,
        )) as { build: number; total: number },
      );
    }
    return { first: runs[0]!.total, firstBuild: runs[0]!.build, later: runs.slice(1).map((r) => r.build), bytes };
  });
}

/** A document button of the results page: its label, what its status message says when done, and the app's measure. */
interface DocumentButton {
  label: string;
  done: string;
  mark: 'ikz-pdf' | 'ikz-docx';
}
export const PDF_REPORT: DocumentButton = { label: 'Vollständigen Bericht als PDF herunterladen', done: 'heruntergeladen', mark: 'ikz-pdf' };
export const BESCHLUSSVORLAGE: DocumentButton = { label: 'Beschlussvorlage (Word)', done: 'Das Dokument wurde', mark: 'ikz-docx' };

/** Runs the bundled benchInBrowser.ts in a blank page and returns its timings of buildReport. */
export async function buildReportInBrowser(browser: Browser, bundle: string, content: unknown, assessment: unknown): Promise<ReportTimings> {
  return withPage(browser, {}, async (page) => {
    await page.addScriptTag({ content: bundle });
    return (await page.evaluate(([c, a]) => (globalThis as unknown as BenchGlobal).ikzBench.timeBuildReport(c, a), [content, assessment] as const)) as ReportTimings;
  });
}
interface BenchGlobal {
  ikzBench: { timeBuildReport: (content: unknown, assessment: unknown) => ReportTimings };
}

export interface LighthouseRun {
  score: number;
  metrics: Record<'FCP' | 'LCP' | 'TBT' | 'CLS' | 'SI', number>;
}

/** A cold load of the start page with Lighthouse's mobile settings (simulated slow 4G, CPU 4× slower). */
export async function lighthouseMobile(url: string): Promise<LighthouseRun> {
  const chrome = await launchChrome({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...FLAGS], logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const audits = result!.lhr.audits;
    const value = (id: string) => audits[id]?.numericValue ?? NaN;
    return {
      score: result!.lhr.categories.performance?.score ?? 0,
      metrics: {
        FCP: value('first-contentful-paint'),
        LCP: value('largest-contentful-paint'),
        TBT: value('total-blocking-time'),
        CLS: value('cumulative-layout-shift'),
        SI: value('speed-index'),
      },
    };
  } finally {
    chrome.kill();
  }
}
