import type { LossPoint } from '../sims/training-preview/previewState';
import { CHART, ChartGrid } from './ChartFrame';

/** Props: the points to draw, the step the x axis runs to, the uniform-guess loss, and a text alternative. */
export interface LossChartProps {
  points: readonly LossPoint[];
  totalSteps: number;
  uniformLoss: number;
  description: string;
  /** The legend's names of the two lines (default "training loss" and "held-out loss"). */
  names?: { loss: string; heldOut: string };
}

const DEFAULT_NAMES = { loss: 'training loss', heldOut: 'held-out loss' };
const { W, H, PAD } = CHART;

/**
 * Training and held-out loss against the step as plain SVG. It redraws with the training, so it measures nothing
 * and lays out nothing: a redraw costs well under a millisecond and never holds up the page.
 */
export function LossChart({ points, totalSteps, uniformLoss, description, names = DEFAULT_NAMES }: LossChartProps) {
  const top = Math.ceil(uniformLoss + 0.5);
  const x = (step: number) => PAD.left + (step / Math.max(1, totalSteps)) * (W - PAD.left - PAD.right);
  const y = (loss: number) => PAD.top + (1 - Math.min(top, Math.max(0, loss)) / top) * (H - PAD.top - PAD.bottom);
  const line = (values: [number, number][]) => values.map(([s, l]) => `${x(s).toFixed(1)},${y(l).toFixed(1)}`).join(' ');
  const train = line(points.filter((p) => Number.isFinite(p.loss)).map((p) => [p.step, p.loss]));
  const held = points.filter((p) => p.heldOutLoss !== undefined && Number.isFinite(p.heldOutLoss));
  const yTicks = Array.from({ length: top + 1 }, (_, i) => i);
  const xTicks = Array.from({ length: 6 }, (_, i) => Math.round((totalSteps * i) / 5));
  return (
    <div className="lab-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={description}>
        <ChartGrid yTicks={yTicks} xTicks={xTicks} x={x} y={y} reference={uniformLoss} />
        <polyline points={train} className="lab-train-line" />
        <polyline points={line(held.map((p) => [p.step, p.heldOutLoss as number]))} className="lab-held-line" />
        {held.map((p) => <circle key={p.step} cx={x(p.step)} cy={y(p.heldOutLoss as number)} r={2.5} className="lab-held-dot" />)}
      </svg>
      <p className="lab-legend" aria-hidden="true">
        <span className="lab-key lab-key-train" /> {names.loss} <span className="lab-key lab-key-held" /> {names.heldOut}{' '}
        <span className="lab-key lab-key-uniform" /> uniform guess
      </p>
    </div>
  );
}
