import { formatFixed } from '../attention-weights/format';

/** One measured point: d_k, the spread of q · k measured there, and √d_k. */
export interface SpreadPoint {
  dims: number;
  measured: number;
  predicted: number;
}

/** Props: a point for every d_k on the slider, and which one is selected. */
export interface SpreadChartProps {
  points: readonly SpreadPoint[];
  selected: number;
}

const WIDTH = 320;
const HEIGHT = 170;
const LEFT = 34;
const RIGHT = 10;
const TOP = 10;
const BOTTOM = 140;

/** Measured spread of q · k (dots) beside the curve √d_k, with d_k doubling from one step to the next. */
export default function SpreadChart({ points, selected }: SpreadChartProps) {
  const top = Math.max(...points.map((p) => Math.max(p.measured, p.predicted)));
  const x = (i: number) => LEFT + (i / (points.length - 1)) * (WIDTH - LEFT - RIGHT);
  const y = (v: number) => BOTTOM - (v / top) * (BOTTOM - TOP);
  const curve = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(p.predicted)}`).join(' ');
  const label =
    'Spread (standard deviation) of q · k measured over random vectors, against √d_k: ' +
    points.map((p) => `d_k ${p.dims}: ${formatFixed(p.measured, 1)} (√d_k ${formatFixed(p.predicted, 1)})`).join('; ') +
    '.';
  return (
    <svg className="ws-spread" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {[0, 0.5, 1].map((f) => (
        <g key={f}>
          <line x1={LEFT} y1={y(f * top)} x2={WIDTH - RIGHT} y2={y(f * top)} className="ws-grid" />
          <text x={LEFT - 4} y={y(f * top) + 4} textAnchor="end" className="ws-tick">
            {formatFixed(f * top, 0)}
          </text>
        </g>
      ))}
      <path d={curve} className="ws-curve" fill="none" />
      {points.map((p, i) => (
        <g key={p.dims}>
          <circle cx={x(i)} cy={y(p.measured)} r={i === selected ? 6 : 3.5} className={i === selected ? 'ws-dot ws-dot-selected' : 'ws-dot'} />
          <text x={x(i)} y={BOTTOM + 14} textAnchor="middle" className="ws-tick">
            {p.dims}
          </text>
        </g>
      ))}
      <text x={(LEFT + WIDTH - RIGHT) / 2} y={HEIGHT - 2} textAnchor="middle" className="ws-tick">
        d_k
      </text>
    </svg>
  );
}
