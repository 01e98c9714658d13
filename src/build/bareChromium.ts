// Chromium driven over its debugging pipe with nothing but the commands a measurement needs. Playwright
// (and Puppeteer, Lighthouse) switch on DevTools' runtime and network domains in every page; V8 then
// records a full stack trace, with line and column, for every error the page makes (also one it
// catches at once) and for every request a script starts, and re-parses whole scripts for those
// positions. That work happens in the page's own tasks and lengthens them by tens of milliseconds
// with the CPU slowed down – work a user's browser, with no DevTools open, never does.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { TraceEvent } from './traceTasks.ts';

type Message = {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: { message: string };
  sessionId?: string;
};

export class BareChromium {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Set<(message: Message) => void>();

  private constructor(
    private readonly process: ChildProcess,
    private readonly profile: string,
  ) {
    // A Chromium that ends (or crashes) answers nothing more: say so instead of waiting for ever.
    process.once('exit', (code) => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`Chromium ended (${code})`));
      this.pending.clear();
    });
    (process.stdio[3] as Writable).on('error', () => undefined);
    const input = process.stdio[4] as Readable;
    let buffered = '';
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => {
      const parts = (buffered + chunk).split('\0');
      buffered = parts.pop()!;
      for (const part of parts) this.receive(JSON.parse(part) as Message);
    });
  }

  /** Starts Chromium headless with `flags`, its debugging pipe on descriptors 3 (commands) and 4 (answers). */
  static launch(executable: string, flags: string[]): BareChromium {
    const profile = mkdtempSync(join(tmpdir(), 'ikz-bench-chromium-'));
    const child = spawn(
      executable,
      ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...flags, 'about:blank'],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    return new BareChromium(child, profile);
  }

  private receive(message: Message): void {
    const waiting = message.id !== undefined ? this.pending.get(message.id) : undefined;
    if (waiting) {
      this.pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    } else for (const listener of this.listeners) listener(message);
  }

  /** One DevTools protocol command, to the browser or, with `sessionId`, to an attached page. */
  send<T = Record<string, unknown>>(
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
  ): Promise<T> {
    if (this.process.exitCode !== null || this.process.signalCode !== null)
      return Promise.reject(new Error('Chromium has ended'));
    const id = this.nextId++;
    const done = new Promise<T>((resolve, reject) =>
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject }),
    );
    (this.process.stdio[3] as Writable).write(
      `${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`,
    );
    return done;
  }

  /** Hands every event to `onEvent` until it returns true. */
  listen(onEvent: (message: Message) => boolean | void): Promise<void> {
    return new Promise((resolve) => {
      const listener = (message: Message) => {
        if (onEvent(message) === true) {
          this.listeners.delete(listener);
          resolve();
        }
      };
      this.listeners.add(listener);
    });
  }

  /** A new page in a browser context of its own (fresh storage), attached without any domain enabled, once `url` has loaded. */
  async newPage(url: string): Promise<BarePage> {
    const { browserContextId } = await this.send<{ browserContextId: string }>('Target.createBrowserContext');
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', { url, browserContextId });
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    const page: BarePage = {
      send: (method, params) => this.send(method, params, sessionId),
      async evaluate<T>(expression: string) {
        const { result, exceptionDetails } = await page.send<{
          result: { value?: T };
          exceptionDetails?: { text: string; exception?: { description?: string } };
        }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
        if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        return result.value as T;
      },
      async until(expression, timeoutMs = 15_000) {
        const end = Date.now() + timeoutMs;
        while (!(await page.evaluate<boolean>(`Boolean(${expression})`))) {
          if (Date.now() > end) throw new Error(`still not true after ${timeoutMs} ms: ${expression}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      close: async () => void (await this.send('Target.disposeBrowserContext', { browserContextId })),
    };
    await page.until(`location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`);
    return page;
  }

  /** Trace events of the whole browser while `during` runs. */
  async trace(categories: string[], during: () => Promise<void>): Promise<TraceEvent[]> {
    const events: TraceEvent[] = [];
    await this.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
    await during();
    const complete = this.listen((message) => {
      if (message.method === 'Tracing.dataCollected') events.push(...(message.params!.value as TraceEvent[]));
      return message.method === 'Tracing.tracingComplete';
    });
    await this.send('Tracing.end');
    await complete;
    return events;
  }

  async close(): Promise<void> {
    await this.send('Browser.close').catch(() => undefined);
    await new Promise((resolve) =>
      this.process.exitCode === null ? this.process.once('exit', resolve) : resolve(undefined),
    );
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export interface BarePage {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** The value of a script expression in the page (a promise is awaited). */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Waits until the expression is true in the page. */
  until(expression: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}
