/** Props: the sliding-window mask (T × T) and a description of it with its key numbers. */
export interface MaskGridProps {
  mask: readonly (readonly boolean[])[];
  description: string;
}

const CELL = 18;
const MARGIN = 20;

/** The mask as a grid: filled = computed, outlined = allowed by the causal mask but outside the window, blank = future. */
export default function MaskGrid({ mask, description }: MaskGridProps) {
  const T = mask.length;
  const size = MARGIN + T * CELL + 2;
  return (
    <svg className="swa-grid" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={description}>
      {mask.map((_, k) => (
        <g key={k} className="swa-axis">
          <text x={MARGIN + k * CELL + CELL / 2} y={MARGIN - 6} textAnchor="middle">
            {k}
          </text>
          <text x={MARGIN - 4} y={MARGIN + k * CELL + CELL / 2 + 4} textAnchor="end">
            {k}
          </text>
        </g>
      ))}
      {mask.map((row, i) =>
        row.map((seen, j) =>
          j > i ? null : (
            <rect
              key={`${i}-${j}`}
              x={MARGIN + j * CELL + 1}
              y={MARGIN + i * CELL + 1}
              width={CELL - 2}
              height={CELL - 2}
              className={seen ? 'swa-seen' : 'swa-dropped'}
            />
          ),
        ),
      )}
    </svg>
  );
}
