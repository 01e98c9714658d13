// Waiting helpers that let the browser paint and handle input between pieces of work, so that a slow
// PC or phone stays responsive.

/** Until the next task: what is pending (painting, input) runs first. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** Until the browser has nothing else to do (at most `timeout` ms); without idle callbacks, for one task. */
export const whenIdle = (timeout = 3000): Promise<void> =>
  new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout }) : setTimeout(resolve)));

/** Until the browser has painted what is on screen now (the next frame, then one task). */
export const afterPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
