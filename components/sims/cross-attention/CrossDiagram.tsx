/** Props: the encoder's words, the decoder's tokens, which decoder token is asking, and its weights per word. */
export interface CrossDiagramProps {
  source: readonly string[];
  decoder: readonly string[];
  selected: number;
  weights: readonly number[];
}

const WIDTH = 320;
const BOX = { width: 70, height: 30 };
const ENCODER_Y = 34;
const DECODER_Y = 176;

function centreX(i: number, count: number): number {
  const gap = (WIDTH - count * BOX.width) / (count + 1);
  return gap + i * (BOX.width + gap) + BOX.width / 2;
}

/** Encoder words on top (keys and values), decoder tokens below (queries); lines as thick as the chosen weights. */
export default function CrossDiagram({ source, decoder, selected, weights }: CrossDiagramProps) {
  const from = centreX(selected, decoder.length);
  return (
    // The table below carries every number drawn here, so the picture itself is hidden from screen readers.
    <svg className="xattn-diagram" viewBox={`0 0 ${WIDTH} 230`} aria-hidden="true" focusable="false">
      <text x={4} y={14} className="xattn-label">Encoder output: keys and values</text>
      <text x={4} y={226} className="xattn-label">Decoder: queries</text>
      {source.map((word, j) => {
        const x = centreX(j, source.length);
        return (
          <g key={word}>
            <line
              x1={from}
              y1={DECODER_Y}
              x2={x}
              y2={ENCODER_Y + BOX.height}
              className="xattn-line"
              strokeWidth={0.5 + weights[j] * 9}
            />
            <text x={x} y={ENCODER_Y + BOX.height + 16} className="xattn-weight">
              {`${Math.round(weights[j] * 100)}%`}
            </text>
          </g>
        );
      })}
      {source.map((word, j) => {
        const x = centreX(j, source.length) - BOX.width / 2;
        return (
          <g key={word}>
            <rect x={x} y={ENCODER_Y} width={BOX.width} height={BOX.height} rx={5} className="xattn-box" />
            <text x={x + BOX.width / 2} y={ENCODER_Y + 20} className="xattn-word">
              {word}
            </text>
          </g>
        );
      })}
      {decoder.map((token, i) => {
        const x = centreX(i, decoder.length) - BOX.width / 2;
        return (
          <g key={token}>
            <rect
              x={x}
              y={DECODER_Y}
              width={BOX.width}
              height={BOX.height}
              rx={5}
              className={i === selected ? 'xattn-box xattn-box-selected' : 'xattn-box'}
            />
            <text x={x + BOX.width / 2} y={DECODER_Y + 20} className="xattn-word">
              {token}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
