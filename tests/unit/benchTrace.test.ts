// The bench's deep-link figure: which tasks of a trace count, and the Chromium it drives without DevTools domains.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BareChromium } from '../../src/build/bareChromium.ts';
import { longestTasks, type TraceEvent } from '../../src/build/traceTasks.ts';

const URL = 'http://127.0.0.1:4391/#/fragebogen/prozesse/abschnitt/aufgabe';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (ts: number, ms: number, tid = 1): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  pid: 1,
  tid,
  ts,
  dur: ms * 1000,
});
const parseHtml = (ts: number, url = URL): TraceEvent => ({
  name: 'ParseHTML',
  ph: 'X',
  pid: 1,
  tid: 1,
  ts,
  dur: 10,
  args: { beginData: { url } },
});

describe('longestTasks', () => {
  const main = thread(1, 1, 'CrRendererMain');
  it.each<[string, TraceEvent[], { page: number; navigation: number }]>([
    [
      'the task that parses the HTML starts the page',
      [main, task(0, 70), task(100_000, 40), parseHtml(100_500), task(200_000, 90)],
      { page: 90, navigation: 70 },
    ],
    [
      'the parsing task itself counts for the page',
      [main, task(0, 30), task(100_000, 120), parseHtml(100_500), task(300_000, 50)],
      { page: 120, navigation: 30 },
    ],
    [
      'tasks of other threads do not count',
      [
        main,
        thread(1, 2, 'Compositor'),
        task(100_000, 20),
        parseHtml(100_500),
        task(200_000, 500, 2),
        task(300_000, 60),
      ],
      { page: 60, navigation: 0 },
    ],
    [
      'HTML of another address does not start the page',
      [
        main,
        task(0, 10),
        parseHtml(5_000, 'http://127.0.0.1:4391/favicon.svg'),
        task(100_000, 80),
        parseHtml(100_500),
        task(200_000, 45),
      ],
      { page: 80, navigation: 10 },
    ],
  ])('%s', (_, events, expected) => {
    expect(longestTasks(events, URL)).toEqual(expected);
  });

  it('says so when the page was never parsed', () => {
    expect(() => longestTasks([main, task(0, 50)], URL)).toThrow(`no HTML parsing of ${URL}`);
  });
});

describe.runIf(existsSync(CHROMIUM))('BareChromium', () => {
  it('drives a page over the debugging pipe and traces it', { timeout: 60_000 }, async () => {
    const chrome = BareChromium.launch(CHROMIUM, ['--no-sandbox', '--disable-gpu']);
    try {
      const page = await chrome.newPage('data:text/html,<main><h1>Hallo</h1></main>');
      expect(await page.evaluate('document.querySelector("main h1").textContent')).toBe('Hallo');
      expect(await page.evaluate('Promise.resolve(6 * 7)')).toBe(42);
      await expect(page.evaluate('missing.value')).rejects.toThrow('missing is not defined');
      await expect(page.until('false', 200)).rejects.toThrow('still not true after 200 ms: false');
      const events = await chrome.trace(['devtools.timeline', 'disabled-by-default-devtools.timeline'], async () => {
        await page.send('Page.navigate', { url: 'data:text/html,<main><h1>Zweite Seite</h1></main>' });
        await page.until('document.querySelector("h1")?.textContent === "Zweite Seite"');
      });
      expect(events.some((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')).toBe(true);
      expect(events.some((e) => e.name === 'RunTask' && e.ph === 'X')).toBe(true);
      await page.close();
      await chrome.close();
      await expect(chrome.send('Browser.getVersion')).rejects.toThrow('Chromium has ended');
    } finally {
      await chrome.close();
    }
  });
});
