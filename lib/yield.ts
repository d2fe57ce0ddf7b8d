/**
 * Lets other tasks run (a page's input and rendering, progress updates)
 * between slices of long work: `scheduler.yield()` where the browser has it,
 * which resumes ahead of other tasks and without the 4 ms clamping of nested
 * timers, else a zero-delay timer.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r, 0));
}
