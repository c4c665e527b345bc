/** The visible window of a plot in math coordinates (y grows upward). */
export interface PlotWindow {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Where a pointer event falls in math coordinates, or null when the element has no size yet. */
export function pointerToPlot(
  event: { clientX: number; clientY: number },
  element: Element,
  w: PlotWindow,
): { x: number; y: number } | null {
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  return {
    x: w.xMin + ((event.clientX - box.left) / box.width) * (w.xMax - w.xMin),
    y: w.yMax - ((event.clientY - box.top) / box.height) * (w.yMax - w.yMin),
  };
}

/** Keeps a value inside [lo, hi] and on a grid of `step`, so dragging lands on the same values as the sliders. */
export function snap(value: number, lo: number, hi: number, step: number): number {
  const clamped = Math.min(hi, Math.max(lo, value));
  return Number((Math.round(clamped / step) * step).toFixed(6));
}
