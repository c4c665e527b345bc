import { useId } from 'react';
import { boxWidth, centerX, WIDTH } from './layout';

/** Props: the words, and how many of them the RNN has read so far. */
export interface RnnPanelProps {
  words: readonly string[];
  read: number;
}

const HEIGHT = 130;
const TOKEN_Y = 92;
const STATE_Y = 40;

/** The RNN as a chain: each token feeds one memory state, and each state must wait for the one before it. */
export default function RnnPanel({ words, read }: RnnPanelProps) {
  // useId may contain characters that url(#…) does not accept; keep only the safe ones.
  const arrowId = `rvt-arrow${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const n = words.length;
  const w = boxWidth(n);
  const r = Math.min(14, w / 2.4);
  const label =
    `RNN: ${n} tokens in a chain of ${n} memory states, each arrow from one state to the next, so the steps run one ` +
    `after another. ${read} of ${n} tokens read so far` +
    (read > 0 ? `, up to “${words[read - 1]}”.` : '.');
  return (
    <svg className="rvt-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <defs>
        <marker id={arrowId} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" className="rvt-arrowhead" />
        </marker>
      </defs>
      {words.map((word, i) => {
        const x = centerX(i, n);
        const done = i < read;
        return (
          <g key={i} className={done ? 'rvt-done' : 'rvt-waiting'}>
            <text x={x} y={STATE_Y - r - 6} className="rvt-step" textAnchor="middle">
              step {i + 1}
            </text>
            <line x1={x} x2={x} y1={TOKEN_Y - 12} y2={STATE_Y + r + 2} className="rvt-link" markerEnd={`url(#${arrowId})`} />
            {i + 1 < n && (
              <line
                x1={x + r}
                x2={centerX(i + 1, n) - r - 2}
                y1={STATE_Y}
                y2={STATE_Y}
                className="rvt-link rvt-chain"
                markerEnd={`url(#${arrowId})`}
              />
            )}
            <circle cx={x} cy={STATE_Y} r={r} className="rvt-state" />
            <text x={x} y={STATE_Y + 4} textAnchor="middle" className="rvt-state-label">
              h{i + 1}
            </text>
            <rect x={x - w / 2} y={TOKEN_Y - 12} width={w} height={28} rx={4} className="rvt-token" />
            <text x={x} y={TOKEN_Y + 6} textAnchor="middle" className="rvt-word">
              {word}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
