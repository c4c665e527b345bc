import { formatFixed } from '../ladder-language/format';

const W = 320;
const H = 150;

/** Arrows from every prompt word into the query word, each as wide as its weight α and labelled with its Q·K. */
export default function AttentionArrows({ words, scores, alpha }: { words: readonly string[]; scores: readonly number[]; alpha: readonly number[] }) {
  const n = words.length;
  const x = (i: number) => 30 + (i * (W - 60)) / Math.max(1, n - 1);
  const target = { x: x(n - 1), y: 30 };
  const description = `Arrows into “${words[n - 1]}”: ${words
    .map((w, i) => `from ${w}, Q·K ${formatFixed(scores[i], 2)}, weight α ${formatFixed(alpha[i], 3)}`)
    .join('; ')}.`;
  return (
    <svg className="lsim-picture" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={description}>
      {words.map((w, i) => {
        const from = { x: x(i), y: 118 };
        // A curve that rises from the word and lands on the query; self-attention loops above the query.
        const path =
          i === n - 1
            ? `M ${from.x - 8} ${from.y - 12} C ${from.x - 40} 40, ${from.x - 30} 10, ${target.x - 4} ${target.y + 10}`
            : `M ${from.x} ${from.y - 12} Q ${(from.x + target.x) / 2} ${10 + i * 8}, ${target.x - 6} ${target.y + 8}`;
        // The Q·K label sits just above the word it belongs to, where labels never collide.
        const mid = { x: from.x + (i === n - 1 ? 10 : 0), y: from.y - 16 };
        return (
          <g key={i}>
            <path d={path} fill="none" stroke="var(--accent)" strokeOpacity={0.75} strokeWidth={0.75 + 9 * alpha[i]} strokeLinecap="round" />
            <text x={mid.x} y={mid.y} textAnchor="middle">
              {formatFixed(scores[i], 2)}
            </text>
            <text x={from.x} y={H - 8} textAnchor="middle" fontWeight={i === n - 1 ? 700 : 400}>
              {w}
            </text>
          </g>
        );
      })}
      <circle cx={target.x} cy={target.y} r={6} fill="var(--accent)" />
    </svg>
  );
}
