// The longest tasks of a page's main thread in a Chromium trace (Chrome's trace event format).

export interface TraceEvent {
  name: string;
  /** Phase: "X" for an event with a duration, "M" for metadata such as a thread's name. */
  ph: string;
  pid: number;
  tid: number;
  /** Start and duration in microseconds. */
  ts: number;
  dur?: number;
  args?: { name?: string; beginData?: { url?: string } };
}

export interface DeepLinkTasks {
  /** The longest task from the moment the browser starts reading the page's HTML. */
  page: number;
  /** The longest task before it: the browser committing the navigation (a blank page has one too). */
  navigation: number;
}

/** In milliseconds, the longest tasks on the renderers' main threads before and from the task that starts parsing the HTML of `url`. */
export function longestTasks(events: TraceEvent[], url: string): DeepLinkTasks {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}/${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const parse = onMain.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(url));
  if (!parse) throw new Error(`no HTML parsing of ${url} in the trace`);
  const pageStart = Math.max(...tasks.filter((t) => t.ts <= parse.ts).map((t) => t.ts));
  const longest = (list: TraceEvent[]) => Math.max(0, ...list.map((e) => (e.dur ?? 0) / 1000));
  return {
    page: longest(tasks.filter((t) => t.ts >= pageStart)),
    navigation: longest(tasks.filter((t) => t.ts < pageStart)),
  };
}
