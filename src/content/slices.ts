/**
 * Work on the page in slices: a clock that yields to the page once a slice has run its budget, so
 * no task the extension causes comes near 50 ms (a "long task").
 */
export const SLICE_MS = 8;

/** `scheduler.yield()` where the browser has it (the task keeps its place), else a fresh task. */
export const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

export interface SliceClock {
  /** Yields when the current slice has used its budget; cheap to call often. */
  maybeYield(): Promise<void> | undefined;
}

export function sliceClock(budgetMs = SLICE_MS): SliceClock {
  let start = performance.now();
  return {
    maybeYield() {
      if (performance.now() - start < budgetMs) return undefined;
      return yieldToPage().then(() => {
        start = performance.now();
      });
    },
  };
}
