import type { Page, Request } from 'playwright-core';

/*
 * What the screen benchmarks measure inside the page, with the page's own clock (performance.now()),
 * so Node's and the DevTools protocol's round trips are not counted. The functions passed to
 * page.evaluate run in the browser: they reach it through `globalThis`, typed here by the little
 * they use (this project's Node code is compiled without the DOM's types).
 */

interface PageElement {
  textContent: string | null;
}
interface Browser {
  document: {
    body: unknown;
    querySelectorAll(selector: string): Iterable<PageElement>;
    addEventListener(
      type: 'click',
      listener: (event: { timeStamp: number }) => void,
      options: { capture: boolean; once: boolean },
    ): void;
  };
  performance: { now(): number };
  requestAnimationFrame(callback: () => void): void;
  setTimeout(callback: () => void): void;
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: Record<string, boolean>): void;
    disconnect(): void;
  };
  PerformanceObserver: new (callback: (list: { getEntries(): { duration: number }[] }) => void) => {
    observe(options: { type: string }): void;
    takeRecords(): { duration: number }[];
    disconnect(): void;
  };
  __benchShown?: Promise<number>;
  __benchLongTasks?: { durations: number[]; stop(): number[] };
}

/** What "shown" means: an element matching `selector` whose text contains `text`. */
export interface Shown {
  selector: string;
  text?: string;
}

/**
 * Arms a timer from the page's next click (the input event's own time stamp) until `shown` is in the
 * DOM and one frame has been painted with it; read it with `shownAfterClick` after clicking.
 */
export async function armShownTimer(page: Page, shown: Shown): Promise<void> {
  await page.evaluate(({ selector, text }) => {
    const w = globalThis as unknown as Browser;
    w.__benchShown = new Promise<number>((resolve) => {
      let clickedAt: number | null = null;
      const isShown = () =>
        [...w.document.querySelectorAll(selector)].some((el) => !text || el.textContent?.includes(text));
      const check = () => {
        if (clickedAt === null || !isShown()) return;
        observer.disconnect();
        const from = clickedAt;
        // After the next frame's rendering: a task queued from requestAnimationFrame runs after the paint.
        w.requestAnimationFrame(() => w.setTimeout(() => resolve(w.performance.now() - from)));
      };
      const observer = new w.MutationObserver(check);
      w.document.addEventListener(
        'click',
        (event) => {
          clickedAt = event.timeStamp;
          observer.observe(w.document.body, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          });
          check();
        },
        { capture: true, once: true },
      );
    });
  }, shown);
}

/** Milliseconds from the click to `shown` painted (see armShownTimer). */
export function shownAfterClick(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as Browser).__benchShown!);
}

/** Starts recording the page's long tasks (over 50 ms of the main thread, as Chromium reports them). */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = globalThis as unknown as Browser;
    const durations: number[] = [];
    const observer = new w.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    w.__benchLongTasks = {
      durations,
      stop: () => {
        for (const entry of observer.takeRecords()) durations.push(entry.duration);
        observer.disconnect();
        return durations;
      },
    };
  });
}

/** The long tasks recorded since `recordLongTasks`, in milliseconds; recording stops. */
export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (globalThis as unknown as Browser).__benchLongTasks!.stop());
}

/** Resolves after the page has rendered its next frame (paces scrolling by the page's own frames). */
export function nextFrame(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = globalThis as unknown as Browser;
        w.requestAnimationFrame(() => w.setTimeout(resolve));
      }),
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * The CPU time of the longest task of the page's main thread while `act` runs, in milliseconds, from a
 * Chrome trace: a task's thread time leaves out the time the thread waited for a core, so it tells the
 * page's own work from a busy machine's (a long task's wall time counts both).
 */
export async function longestTaskCpuMs(page: Page, act: () => Promise<void>): Promise<number> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to trace');
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
  await act();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  const mainThreads = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // Every renderer's main thread is traced; the page's is the one that worked the most.
  const cpuByThread = new Map<string, number[]>();
  for (const e of traceEvents) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mainThreads.has(thread)) continue;
    const tasks = cpuByThread.get(thread) ?? [];
    tasks.push((e.tdur ?? 0) / 1000);
    cpuByThread.set(thread, tasks);
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const busiest = [...cpuByThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? [];
  return Math.max(0, ...busiest);
}

/**
 * Follows the page's API calls, so a measurement starts with none in flight: the host answers one
 * call at a time (SQLite runs synchronously), so a call still running would delay the one measured.
 */
export function trackApiCalls(page: Page): { settled(): Promise<void> } {
  const inFlight = new Set<Request>();
  // The change stream (`/api/events`) stays open for as long as the page does: it is never "in flight"
  // in this sense, and waiting for it to finish would wait forever.
  const isApi = (request: Request) => {
    const path = new URL(request.url()).pathname;
    return path.startsWith('/api/') && path !== '/api/events';
  };
  page.on('request', (request) => {
    if (isApi(request)) inFlight.add(request);
  });
  const done = (request: Request) => inFlight.delete(request);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async settled() {
      // Quiet for two frames: a call started by the answer of another has had its chance to start.
      for (let quietFrames = 0; quietFrames < 2;) {
        await nextFrame(page);
        quietFrames = inFlight.size === 0 ? quietFrames + 1 : 0;
      }
    },
  };
}
