/** One point of the chart: a length and the total work at that length, both ways. */
export interface WorkPoint {
  n: number;
  withCache: number;
  withoutCache: number;
}

const W = 320;
const H = 180;
const PAD = { left: 8, right: 8, top: 10, bottom: 22 };

/** Two curves of total work against length, drawn to one scale; the table beside it carries the numbers. */
export default function WorkChart({ points }: { points: readonly WorkPoint[] }) {
  const last = points[points.length - 1];
  const x = (n: number) => PAD.left + (n / last.n) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / last.withoutCache) * (H - PAD.top - PAD.bottom);
  const path = (key: 'withCache' | 'withoutCache') =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.n).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
  return (
    // Hidden from screen readers: the status line and the table below give the same numbers.
    <svg className="gwork-chart" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} className="gwork-axis" />
      <path d={path('withoutCache')} className="gwork-without" />
      <path d={path('withCache')} className="gwork-with" />
      <text x={W - PAD.right - 24} y={PAD.top + 12} className="gwork-label gwork-label-end">without cache</text>
      <text x={W - PAD.right} y={y(last.withCache) - 6} className="gwork-label gwork-label-end">with cache</text>
      <text x={PAD.left} y={H - 6} className="gwork-label">0</text>
      <text x={W - PAD.right} y={H - 6} className="gwork-label gwork-label-end">{`${last.n} tokens`}</text>
    </svg>
  );
}
