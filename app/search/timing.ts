/**
 * Records a performance measure from `start` to now, for the browser test to read (search-keystroke,
 * search-index-load). Engines without measure options simply skip it: search works without the figure.
 */
export function measureSince(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Nothing to do: the figure is only reported by tests.
  }
}
