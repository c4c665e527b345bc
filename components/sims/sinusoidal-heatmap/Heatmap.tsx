import type { Matrix } from '../../../engine/matrix';

const LEFT = 34;
const TOP = 18;
const WIDTH = 320;
const ROW = 10;

/** Props: the table to draw (positions × dims) and a description for screen readers. */
export interface HeatmapProps {
  table: Matrix;
  description: string;
}

/** Rows are positions, columns dimensions; accent for positive values, orange for negative, blank at zero. */
export default function Heatmap({ table, description }: HeatmapProps) {
  const cell = WIDTH / table.cols;
  const height = TOP + table.rows * ROW + 4;
  const rects = [];
  for (let pos = 0; pos < table.rows; pos++) {
    for (let col = 0; col < table.cols; col++) {
      const value = table.data[pos * table.cols + col];
      rects.push(
        <rect
          key={pos * table.cols + col}
          x={LEFT + col * cell}
          y={TOP + pos * ROW}
          // A hair wider than the cell so neighbouring cells leave no seams.
          width={cell + 0.3}
          height={ROW + 0.3}
          className={value >= 0 ? 'sh-pos' : 'sh-neg'}
          fillOpacity={Math.abs(value)}
        />,
      );
    }
  }
  const posTicks = [0, 8, 16, 24, table.rows - 1];
  const dimTicks = [0, table.cols / 2, table.cols - 1];
  return (
    <svg className="sh-map" viewBox={`0 0 ${LEFT + WIDTH + 4} ${height}`} role="img" aria-label={description}>
      <rect x={LEFT} y={TOP} width={WIDTH} height={table.rows * ROW} className="sh-ground" />
      {rects}
      {posTicks.map((p) => (
        <text key={p} x={LEFT - 4} y={TOP + p * ROW + ROW * 0.8} textAnchor="end" className="sh-tick">
          {p}
        </text>
      ))}
      {dimTicks.map((d) => (
        <text key={d} x={LEFT + (d + 0.5) * cell} y={TOP - 5} textAnchor="middle" className="sh-tick">
          {d}
        </text>
      ))}
    </svg>
  );
}
