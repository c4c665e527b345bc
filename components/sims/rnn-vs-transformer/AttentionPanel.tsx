import { boxWidth, centerX, WIDTH } from './layout';

/** Props: the words, and whether the single attention step has run. */
export interface AttentionPanelProps {
  words: readonly string[];
  done: boolean;
}

const HEIGHT = 130;
const TOKEN_Y = 92;

/** Attention as a web: every token is linked to every other, and all the links are computed in one step. */
export default function AttentionPanel({ words, done }: AttentionPanelProps) {
  const n = words.length;
  const w = boxWidth(n);
  const arcs: { from: number; to: number }[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) arcs.push({ from: i, to: j });
  const label =
    `Transformer: the same ${n} tokens, each joined to every other by an arc (${arcs.length} arcs), all computed ` +
    `together in one step. ${done ? `All ${n} tokens related.` : 'Not run yet.'}`;
  return (
    <svg className="rvt-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <text x={WIDTH / 2} y={14} textAnchor="middle" className="rvt-step">
        step 1 (all at once)
      </text>
      <g className={done ? 'rvt-done' : 'rvt-waiting'}>
        {arcs.map(({ from, to }) => {
          const x1 = centerX(from, n);
          const x2 = centerX(to, n);
          // Wider pairs arc higher, so the arcs stay distinguishable.
          const lift = 10 + ((to - from) / Math.max(1, n - 1)) * 50;
          return (
            <path
              key={`${from}-${to}`}
              d={`M${x1},${TOKEN_Y - 13} Q${(x1 + x2) / 2},${TOKEN_Y - 13 - 2 * lift} ${x2},${TOKEN_Y - 13}`}
              className="rvt-arc"
              fill="none"
            />
          );
        })}
        {words.map((word, i) => {
          const x = centerX(i, n);
          return (
            <g key={i}>
              <rect x={x - w / 2} y={TOKEN_Y - 12} width={w} height={28} rx={4} className="rvt-token" />
              <text x={x} y={TOKEN_Y + 6} textAnchor="middle" className="rvt-word">
                {word}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
