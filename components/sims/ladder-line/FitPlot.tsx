import { useId } from 'react';
import type { Point } from '../../../engine/ladder/line';

/** One curve to draw: y as a function of x, sampled across the plot. */
export interface PlotCurve {
  /** Shown in the legend. */
  label: string;
  f: (x: number) => number;
  /** main: the model's prediction; part: a piece of it (a neuron, the raw line); reference: a line to compare with. */
  kind: 'main' | 'part' | 'part2' | 'reference';
}

const WIDTH = 320;
const HEIGHT = 220;
const PAD = 28;
const X_RANGE: [number, number] = [0, 5];
const Y_RANGE: [number, number] = [-0.5, 1.5];
const SAMPLES = 161;

const sx = (x: number) => PAD + ((x - X_RANGE[0]) / (X_RANGE[1] - X_RANGE[0])) * (WIDTH - 2 * PAD);
const sy = (y: number) => HEIGHT - PAD - ((y - Y_RANGE[0]) / (Y_RANGE[1] - Y_RANGE[0])) * (HEIGHT - 2 * PAD);
// Far-off values are pinned just outside the frame, where the clip path hides them; this keeps SVG coordinates sane.
const clampY = (y: number) => Math.min(Y_RANGE[1] + 1, Math.max(Y_RANGE[0] - 1, y));

function pathOf(f: (x: number) => number): string {
  let d = '';
  for (let i = 0; i < SAMPLES; i++) {
    const x = X_RANGE[0] + ((X_RANGE[1] - X_RANGE[0]) * i) / (SAMPLES - 1);
    const y = f(x);
    if (!Number.isFinite(y)) continue;
    d += `${d === '' ? 'M' : 'L'}${sx(x).toFixed(2)},${sy(clampY(y)).toFixed(2)}`;
  }
  return d;
}

/** Props of the plot shared by rungs 1–3. */
export interface FitPlotProps {
  data: readonly Point[];
  curves: readonly PlotCurve[];
  /** A sentence saying what the picture shows; the table beside it carries the numbers. */
  description: string;
}

/** The four data points and the model's curves on x from 0 to 5, y from −0.5 to 1.5, clipped to the frame. */
export default function FitPlot({ data, curves, description }: FitPlotProps) {
  const clipId = useId();
  const ticksX = [0, 1, 2, 3, 4, 5];
  const ticksY = [-0.5, 0, 0.5, 1, 1.5];
  return (
    <div className="ld-plot">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
        <defs>
          <clipPath id={clipId}>
            <rect x={PAD} y={PAD} width={WIDTH - 2 * PAD} height={HEIGHT - 2 * PAD} />
          </clipPath>
        </defs>
        <g className="ld-grid">
          {ticksX.map((x) => (
            <line key={`x${x}`} x1={sx(x)} x2={sx(x)} y1={sy(Y_RANGE[0])} y2={sy(Y_RANGE[1])} />
          ))}
          {ticksY.map((y) => (
            <line key={`y${y}`} x1={sx(X_RANGE[0])} x2={sx(X_RANGE[1])} y1={sy(y)} y2={sy(y)} />
          ))}
        </g>
        <g className="ld-axis-labels" aria-hidden="true">
          {ticksX.map((x) => (
            <text key={`x${x}`} x={sx(x)} y={HEIGHT - 8} textAnchor="middle">
              {x}
            </text>
          ))}
          {ticksY.map((y) => (
            <text key={`y${y}`} x={PAD - 5} y={sy(y) + 4} textAnchor="end">
              {y < 0 ? `−${-y}` : y}
            </text>
          ))}
        </g>
        <g clipPath={`url(#${clipId})`}>
          {curves.map((c) => (
            <path key={c.label} className={`ld-curve ld-curve-${c.kind}`} d={pathOf(c.f)} />
          ))}
        </g>
        {data.map((p) => (
          <circle key={p.x} className="ld-point" cx={sx(p.x)} cy={sy(p.y)} r={5} />
        ))}
      </svg>
      <ul className="ld-legend" aria-hidden="true">
        <li>
          <span className="ld-swatch ld-swatch-point" /> data
        </li>
        {curves.map((c) => (
          <li key={c.label}>
            <span className={`ld-swatch ld-swatch-${c.kind}`} /> {c.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
