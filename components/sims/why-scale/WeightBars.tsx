import { formatFixed } from '../attention-weights/format';

/** Props: the scores softmax saw and the weights it gave. */
export interface WeightBarsProps {
  scores: readonly number[];
  weights: readonly number[];
}

const WIDTH = 320;
const HEIGHT = 150;
const BASE = 120;

/** One bar per key, as tall as its softmax weight, with the score that produced it underneath. */
export default function WeightBars({ scores, weights }: WeightBarsProps) {
  const slot = WIDTH / weights.length;
  return (
    <svg className="ws-bars" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <line x1={0} y1={BASE} x2={WIDTH} y2={BASE} className="ws-baseline" />
      {weights.map((w, j) => {
        const h = w * (BASE - 18);
        return (
          <g key={j}>
            <rect x={j * slot + 6} y={BASE - h} width={slot - 12} height={h} className="ws-bar" />
            <text x={j * slot + slot / 2} y={BASE - h - 4} textAnchor="middle" className="ws-bar-label">
              {formatFixed(w, 2)}
            </text>
            <text x={j * slot + slot / 2} y={BASE + 14} textAnchor="middle" className="ws-key-label">
              k{j + 1}
            </text>
            <text x={j * slot + slot / 2} y={BASE + 27} textAnchor="middle" className="ws-score-label">
              {formatFixed(scores[j], 1)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
