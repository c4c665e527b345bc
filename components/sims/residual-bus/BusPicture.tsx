/** Props: how many layers have written to the stream so far (0 = only the embedding). */
export interface BusPictureProps {
  stage: number;
}

const STATIONS = [
  { x: 70, title: 'Layer 1', sub: 'previous-token head' },
  { x: 190, title: 'Layer 2', sub: 'induction head' },
] as const;
const BUS_Y = 112;

/** The residual stream as a bus: each layer reads a copy of it and adds its result back; nothing is overwritten. */
export default function BusPicture({ stage }: BusPictureProps) {
  const reached = stage === 0 ? 40 : stage === 1 ? 150 : 300;
  const label =
    'The residual stream drawn as a horizontal bus from the embedding on the left to the output on the right. ' +
    'Layer 1 and layer 2 sit above it; each reads the stream through an arrow going up and adds its result back ' +
    `through an arrow going down into a plus sign. The stream is highlighted up to ${
      stage === 0 ? 'just after the embedding' : `just after layer ${stage}`
    }.`;
  return (
    <svg className="bus-svg" viewBox="0 0 320 150" role="img" aria-label={label}>
      <defs>
        <marker
          id="bus-arrow"
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="9"
          markerHeight="9"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className="bus-arrowhead" />
        </marker>
      </defs>
      <text x={6} y={BUS_Y - 8} className="bus-text">
        embed
      </text>
      <line x1={6} x2={302} y1={BUS_Y} y2={BUS_Y} className="bus-line" />
      <polygon points={`300,${BUS_Y - 9} 316,${BUS_Y} 300,${BUS_Y + 9}`} className="bus-head" />
      <line x1={6} x2={reached} y1={BUS_Y} y2={BUS_Y} className="bus-line-lit" />
      <text x={314} y={BUS_Y + 22} textAnchor="end" className="bus-text">
        unembed → next token
      </text>
      {STATIONS.map((s, i) => (
        <g key={s.title} className={stage > i ? 'bus-station bus-done' : 'bus-station'}>
          <rect x={s.x} y={14} width={100} height={44} rx={5} className="bus-box" />
          <text x={s.x + 50} y={32} textAnchor="middle" className="bus-title">
            {s.title}
          </text>
          <text x={s.x + 50} y={48} textAnchor="middle" className="bus-text">
            {s.sub}
          </text>
          <line x1={s.x + 20} x2={s.x + 20} y1={BUS_Y - 2} y2={60} className="bus-arrow" markerEnd="url(#bus-arrow)" />
          <text x={s.x + 24} y={90} className="bus-text">
            read
          </text>
          <line x1={s.x + 80} x2={s.x + 80} y1={58} y2={BUS_Y - 10} className="bus-arrow" markerEnd="url(#bus-arrow)" />
          <text x={s.x + 84} y={90} className="bus-text">
            add
          </text>
          <circle cx={s.x + 80} cy={BUS_Y} r={6} className="bus-plus" />
          <text x={s.x + 80} y={BUS_Y + 4} textAnchor="middle" className="bus-title">
            +
          </text>
        </g>
      ))}
    </svg>
  );
}
