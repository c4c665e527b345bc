import { VOCAB } from '../../../engine/ladder/languageModel';
import { formatFixed } from './format';

const SIZE = 260;
const PAD = 24;

/** The nine words as points (d₀, d₁), prompt words filled; the description lists every point for screen readers. */
export default function WordScatter({ embeddings, highlight }: { embeddings: readonly (readonly number[])[]; highlight: readonly number[] }) {
  // Zoom to the points: at least ±1.5, wider when a slider pushes a word further out.
  const LIMIT = Math.max(1.5, Math.ceil(Math.max(...embeddings.flatMap((row) => [Math.abs(row[0]), Math.abs(row[1])])) * 2) / 2);
  const sx = (v: number) => PAD + ((v + LIMIT) / (2 * LIMIT)) * (SIZE - 2 * PAD);
  const sy = (v: number) => SIZE - PAD - ((v + LIMIT) / (2 * LIMIT)) * (SIZE - 2 * PAD);
  const description = `Words as points, d₀ across and d₁ up: ${VOCAB.map(
    (w, i) => `${w} (${formatFixed(embeddings[i][0], 1)}, ${formatFixed(embeddings[i][1], 1)})`,
  ).join(', ')}.`;
  return (
    <svg className="lsim-picture" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={description}>
      <line x1={sx(-LIMIT)} y1={sy(0)} x2={sx(LIMIT)} y2={sy(0)} stroke="var(--border)" />
      <line x1={sx(0)} y1={sy(-LIMIT)} x2={sx(0)} y2={sy(LIMIT)} stroke="var(--border)" />
      <text x={sx(LIMIT) - 14} y={sy(0) - 4}>d₀</text>
      <text x={sx(0) + 4} y={sy(LIMIT) + 10}>d₁</text>
      {VOCAB.map((word, i) => {
        const prompt = highlight.includes(i);
        const x = sx(embeddings[i][0]);
        const y = sy(embeddings[i][1]);
        // A label whose point crowds an earlier one goes on the left, so the two names do not overprint.
        const crowded = embeddings.slice(0, i).some((row) => Math.hypot(sx(row[0]) - x, sy(row[1]) - y) < 16);
        return (
          <g key={word}>
            <circle cx={x} cy={y} r={prompt ? 5 : 4} fill={prompt ? 'var(--accent)' : 'var(--bg)'} stroke="var(--accent)" strokeWidth={1.5} />
            <text x={crowded ? x - 7 : x + 7} y={y + 4} textAnchor={crowded ? 'end' : 'start'} fontWeight={prompt ? 700 : 400}>
              {word}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
