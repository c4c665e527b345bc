import type { Matrix } from '../../../engine/matrix';
import { tokenLabel } from './tokens';

/** Props: the tokens, one head's weights (T × T), and where the second copy starts. */
export interface AttentionGridProps {
  tokens: readonly number[];
  weights: Matrix;
  secondCopyStart: number;
  /** Describes the picture for screen readers, with its key numbers. */
  description: string;
}

const CELL = 16;
const MARGIN = 22;

/** The attention pattern as a grid: row = the position looking, column = the position looked at, darker = more weight. */
export default function AttentionGrid({ tokens, weights, secondCopyStart, description }: AttentionGridProps) {
  const T = tokens.length;
  const size = MARGIN + T * CELL;
  const cells = [];
  for (let i = 0; i < T; i++) {
    for (let j = 0; j <= i; j++) {
      const w = weights.data[i * T + j];
      cells.push(
        <rect
          key={`${i}-${j}`}
          x={MARGIN + j * CELL}
          y={MARGIN + i * CELL}
          width={CELL}
          height={CELL}
          className="ind-cell"
          // Weights are in [0, 1]; a floor keeps visible-but-unattended cells faintly tinted, hidden ones stay blank.
          fillOpacity={Number.isFinite(w) ? 0.06 + 0.94 * w : 0}
        />,
      );
    }
  }
  const boundary = MARGIN + secondCopyStart * CELL;
  return (
    <svg className="ind-grid" viewBox={`0 0 ${size + 2} ${size + 2}`} role="img" aria-label={description}>
      {tokens.map((t, k) => (
        <g key={k} className="ind-axis">
          <text x={MARGIN + k * CELL + CELL / 2} y={MARGIN - 7} textAnchor="middle">
            {tokenLabel(t)}
          </text>
          <text x={MARGIN - 4} y={MARGIN + k * CELL + CELL / 2 + 4} textAnchor="end">
            {tokenLabel(t)}
          </text>
        </g>
      ))}
      {cells}
      <line x1={MARGIN} x2={size} y1={boundary} y2={boundary} className="ind-boundary" />
    </svg>
  );
}
