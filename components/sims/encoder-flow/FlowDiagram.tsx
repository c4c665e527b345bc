import type { FlowStep } from './flowModel';

/** Props: the steps in order and how many have been taken (0 = only the input is shown). */
export interface FlowDiagramProps {
  steps: readonly FlowStep[];
  current: number;
}

const STREAM_X = 36;
const BOX_X = 96;
const BOX_W = 196;
// The y of each step's node: stream steps sit on the line, branch steps in boxes beside it.
const Y = [22, 62, 106, 150, 194, 238, 282, 326];
const BOX_H = 30;

/**
 * The block as a picture: the residual stream is one straight vertical line from input to output; each sub-layer
 * branches off it, works on a copy, and joins back at a ⊕. Steps already taken are filled; the current one is outlined.
 */
export default function FlowDiagram({ steps, current }: FlowDiagramProps) {
  const state = (i: number) => (i === current ? 'ef-node ef-current' : i < current ? 'ef-node ef-done' : 'ef-node');
  const branchFrom = [Y[0] + 18, Y[3] + 18];
  const branchTo = [Y[3], Y[7]];
  return (
    <svg className="ef-diagram" viewBox="0 0 300 352" aria-hidden="true">
      {/* The residual stream: nothing on it but two additions. */}
      <line x1={STREAM_X} y1={Y[0]} x2={STREAM_X} y2={Y[7] + 10} className="ef-stream" />
      {branchFrom.map((from, b) => (
        <g key={b} className="ef-branch">
          <polyline points={`${STREAM_X},${from} ${BOX_X - 12},${from} ${BOX_X - 12},${Y[b * 3 + 1]} ${BOX_X},${Y[b * 3 + 1]}`} />
          <polyline points={`${BOX_X},${branchTo[b] - 44} ${BOX_X - 12},${branchTo[b] - 44} ${BOX_X - 12},${branchTo[b]} ${STREAM_X + 9},${branchTo[b]}`} />
        </g>
      ))}
      {[1, 4, 5].map((i) => (
        <line key={i} x1={BOX_X + BOX_W / 2} x2={BOX_X + BOX_W / 2} y1={Y[i] + BOX_H / 2} y2={Y[i + 1] - BOX_H / 2} className="ef-link" />
      ))}
      {steps.map((step, i) =>
        step.place === 'branch' ? (
          <g key={step.id} className={state(i)}>
            <rect x={BOX_X} y={Y[i] - BOX_H / 2} width={BOX_W} height={BOX_H} rx={5} />
            <text x={BOX_X + BOX_W / 2} y={Y[i] + 4} textAnchor="middle">
              {step.name}
            </text>
          </g>
        ) : (
          <g key={step.id} className={state(i)}>
            <circle cx={STREAM_X} cy={Y[i]} r={9} />
            {i > 0 && (
              <text x={STREAM_X} y={Y[i] + 4} textAnchor="middle" className="ef-plus">
                +
              </text>
            )}
            {(i === 0 || i === steps.length - 1) && (
              <text x={STREAM_X + 16} y={Y[i] + (i === 0 ? 4 : 22)} className="ef-stream-label">
                {i === 0 ? 'x enters' : 'output'}
              </text>
            )}
          </g>
        ),
      )}
    </svg>
  );
}
