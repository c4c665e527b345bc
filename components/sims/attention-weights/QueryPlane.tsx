import { useId, useRef, type PointerEvent } from 'react';
import { formatFixed } from './format';
import { QUERY_LIMIT } from './tokens';

/** Props: the keys and their weights, the selected token's query, and what to do when the query is dragged. */
export interface QueryPlaneProps {
  tokens: readonly string[];
  keys: readonly (readonly [number, number])[];
  weights: readonly number[];
  query: readonly [number, number];
  queryToken: string;
  onMove(query: [number, number]): void;
}

const SIZE = 300;
const UNIT = SIZE / (2 * QUERY_LIMIT + 0.8); // pixels per unit, leaving room for labels at the edges
const toX = (x: number) => SIZE / 2 + x * UNIT;
const toY = (y: number) => SIZE / 2 - y * UNIT;

/** A coordinate snapped to the sliders' 0.1 steps and kept inside their range. */
function snap(value: number): number {
  const clamped = Math.max(-QUERY_LIMIT, Math.min(QUERY_LIMIT, value));
  return Math.round(clamped * 10) / 10;
}

/** The query and key vectors as arrows from the origin; a key's arrow is as thick as its weight. Drag to move q. */
export default function QueryPlane({ tokens, keys, weights, query, queryToken, onMove }: QueryPlaneProps) {
  const svg = useRef<SVGSVGElement>(null);
  const id = useId();
  const dragging = useRef(false);

  const moveTo = (event: PointerEvent<SVGSVGElement>) => {
    const rect = svg.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || rect.height === 0) return;
    const px = ((event.clientX - rect.left) / rect.width) * SIZE;
    const py = ((event.clientY - rect.top) / rect.height) * SIZE;
    onMove([snap((px - SIZE / 2) / UNIT), snap((SIZE / 2 - py) / UNIT)]);
  };

  const label =
    `Plot of the query of “${queryToken}” at (${formatFixed(query[0], 1)}, ${formatFixed(query[1], 1)}) and the four ` +
    `keys: ${tokens.map((t, j) => `${t} at (${formatFixed(keys[j][0], 1)}, ${formatFixed(keys[j][1], 1)}), weight ${formatFixed(weights[j], 3)}`).join('; ')}.`;

  return (
    <svg
      ref={svg}
      className="aw-plane"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="img"
      aria-label={label}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => dragging.current && moveTo(e)}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    >
      <defs>
        <marker id={`${id}-key`} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="aw-key-head" />
        </marker>
        <marker id={`${id}-query`} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="aw-query-head" />
        </marker>
      </defs>
      {Array.from({ length: 2 * QUERY_LIMIT + 1 }, (_, i) => i - QUERY_LIMIT).map((g) => (
        <g key={g} className={g === 0 ? 'aw-axis' : 'aw-grid'}>
          <line x1={toX(g)} y1={toY(-QUERY_LIMIT)} x2={toX(g)} y2={toY(QUERY_LIMIT)} />
          <line x1={toX(-QUERY_LIMIT)} y1={toY(g)} x2={toX(QUERY_LIMIT)} y2={toY(g)} />
        </g>
      ))}
      <text x={toX(QUERY_LIMIT)} y={toY(0) - 6} textAnchor="end" className="aw-axis-label">x</text>
      <text x={toX(0) + 6} y={toY(QUERY_LIMIT) + 10} className="aw-axis-label">y</text>
      {keys.map(([x, y], j) => (
        <g key={tokens[j]}>
          <line
            x1={toX(0)}
            y1={toY(0)}
            x2={toX(x)}
            y2={toY(y)}
            className="aw-key"
            strokeWidth={1.5 + 6 * weights[j]}
            markerEnd={`url(#${id}-key)`}
          />
          <text x={toX(x) + (x >= 0 ? 6 : -6)} y={toY(y) - 8} textAnchor={x >= 0 ? 'start' : 'end'} className="aw-key-label">
            k {tokens[j]}
          </text>
        </g>
      ))}
      <line x1={toX(0)} y1={toY(0)} x2={toX(query[0])} y2={toY(query[1])} className="aw-query" markerEnd={`url(#${id}-query)`} />
      <circle cx={toX(query[0])} cy={toY(query[1])} r={11} className="aw-handle" />
      <text x={toX(query[0]) + 13} y={toY(query[1]) + 18} className="aw-query-label">
        q {queryToken}
      </text>
    </svg>
  );
}
