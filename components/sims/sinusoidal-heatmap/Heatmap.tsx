import type { Matrix } from '../../../engine/matrix';

const LEFT = 34;
const TOP = 18;
const WIDTH = 320;
const ROW = 10;
/** Shades per sign: cells are grouped by shade into one path each, so even 32 × 128 cells stay a few dozen nodes. */
const LEVELS = 20;

/** Props: the table to draw (positions × dims) and a description for screen readers. */
export interface HeatmapProps {
  table: Matrix;
  description: string;
}

/** The cells of each shade as one SVG path: key "pos-7" holds every positive cell of opacity 7/LEVELS. */
function cellPaths(table: Matrix): Map<string, string[]> {
  const cell = WIDTH / table.cols;
  const paths = new Map<string, string[]>();
  for (let pos = 0; pos < table.rows; pos++) {
    for (let col = 0; col < table.cols; col++) {
      const value = table.data[pos * table.cols + col];
      const level = Math.round(Math.abs(value) * LEVELS);
      if (level === 0) continue; // blank: the background shows through, as it would at opacity 0
      const key = `${value > 0 ? 'pos' : 'neg'}-${level}`;
      // A hair wider than the cell so neighbouring cells leave no seams.
      const x = (LEFT + col * cell).toFixed(2);
      const y = TOP + pos * ROW;
      const list = paths.get(key) ?? [];
      list.push(`M${x} ${y}h${(cell + 0.3).toFixed(2)}v${ROW + 0.3}h${(-(cell + 0.3)).toFixed(2)}z`);
      paths.set(key, list);
    }
  }
  return paths;
}

/** Rows are positions, columns dimensions; accent for positive values, orange for negative, blank at zero. */
export default function Heatmap({ table, description }: HeatmapProps) {
  const cell = WIDTH / table.cols;
  const height = TOP + table.rows * ROW + 4;
  const posTicks = [0, 8, 16, 24, table.rows - 1];
  const dimTicks = [0, table.cols / 2, table.cols - 1];
  return (
    <svg className="sh-map" viewBox={`0 0 ${LEFT + WIDTH + 4} ${height}`} role="img" aria-label={description}>
      <rect x={LEFT} y={TOP} width={WIDTH} height={table.rows * ROW} className="sh-ground" />
      {[...cellPaths(table)].map(([key, cells]) => (
        <path
          key={key}
          d={cells.join('')}
          className={key.startsWith('pos') ? 'sh-pos' : 'sh-neg'}
          fillOpacity={Number(key.split('-')[1]) / LEVELS}
        />
      ))}
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
