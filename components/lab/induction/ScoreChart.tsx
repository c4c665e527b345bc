import type { InductionPoint } from './inductionState';
import { CHART, ChartGrid } from '../ChartFrame';

/** Props: the measurements, the step the x axis runs to, the threshold line, and a text alternative. */
export interface ScoreChartProps {
  measures: readonly InductionPoint[];
  totalSteps: number;
  threshold: number;
  description: string;
}

const { W, H, PAD } = CHART;

/** The name of a head as the page writes it, from 0-based indices: "layer 2, head 1". */
export function headName(layer: number, head: number): string {
  return `layer ${layer + 1}, head ${head + 1}`;
}

/**
 * Every head's prefix-matching score (0 to 1) against the step, one line per head, as plain SVG like LossChart:
 * layer-1 heads dashed, layer-2 heads solid, each labelled at its line's end so no colour has to be told apart.
 */
export function ScoreChart({ measures, totalSteps, threshold, description }: ScoreChartProps) {
  const x = (step: number) => PAD.left + (step / Math.max(1, totalSteps)) * (W - PAD.left - PAD.right);
  const y = (score: number) => PAD.top + (1 - Math.min(1, Math.max(0, score))) * (H - PAD.top - PAD.bottom);
  const layers = measures[0]?.headScores ?? [];
  const last = measures.at(-1);
  const yTicks = [0, 0.25, 0.5, 0.75, 1];
  const xTicks = Array.from({ length: 6 }, (_, i) => Math.round((totalSteps * i) / 5));
  return (
    <div className="lab-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={description}>
        <ChartGrid yTicks={yTicks} xTicks={xTicks} x={x} y={y} reference={threshold} />
        {layers.map((row, layer) => row.map((_, head) => {
          const points = measures.map((m) => `${x(m.step).toFixed(1)},${y(m.headScores[layer][head]).toFixed(1)}`).join(' ');
          const end = last ? last.headScores[layer][head] : 0;
          return (
            <g key={`${layer}-${head}`} className={`induction-head induction-head-${head % 4} induction-layer-${layer === 0 ? 'first' : 'later'}`}>
              <polyline points={points} />
              {last && <text x={x(last.step) - 4} y={y(end) - 4} textAnchor="end" className="induction-head-label">{`${layer + 1}.${head + 1}`}</text>}
            </g>
          );
        }))}
      </svg>
      <p className="lab-legend" aria-hidden="true">
        Each line is one head, labelled layer.head at its end; dashed lines are layer 1, solid lines layer 2.
        <span className="lab-key lab-key-uniform" /> the {threshold} bar
      </p>
    </div>
  );
}
