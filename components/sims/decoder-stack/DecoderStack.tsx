import { useId, useState } from 'react';
import { DECODER, ENCODER, type Design, type Stage } from './layers';
import './decoderStack.css';

const BOX = { width: 158, height: 44, gap: 18 };

function Column({ stages, x, top }: { stages: readonly Stage[]; x: number; top: number }) {
  return (
    <g>
      {stages.map((stage, i) => {
        const y = top + i * (BOX.height + BOX.gap);
        return (
          <g key={stage.label}>
            {i > 0 && (
              <line x1={x + BOX.width / 2} y1={y - BOX.gap} x2={x + BOX.width / 2} y2={y} className="dstack-arrow" markerEnd="url(#dstack-head)" />
            )}
            <rect x={x} y={y} width={BOX.width} height={BOX.height} rx={6} className={`dstack-box dstack-${stage.kind}`} />
            <text x={x + BOX.width / 2} y={y + 18} className="dstack-label">
              {stage.label}
            </text>
            <text x={x + BOX.width / 2} y={y + 33} className="dstack-note">
              {stage.note}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Chapter 6's diagram: the decoder block of a translation model beside the decoder-only block of GPT-style models. */
export default function DecoderStack() {
  const name = useId();
  const [design, setDesign] = useState<Design>('encoder-decoder');
  const decoder = DECODER[design];
  const both = design === 'encoder-decoder';
  const width = both ? 360 : 178;
  const height = 10 + decoder.length * (BOX.height + BOX.gap);
  const decoderX = both ? 192 : 10;
  const crossIndex = decoder.findIndex((s) => s.kind === 'cross');
  const encoderOutY = 10 + (ENCODER.length - 1) * (BOX.height + BOX.gap) + BOX.height / 2;
  const crossY = 10 + crossIndex * (BOX.height + BOX.gap) + BOX.height / 2;
  const blocks = decoder.filter((s) => s.residual).length;

  return (
    <figure className="dstack">
      <fieldset className="dstack-choice">
        <legend>Design</legend>
        <label>
          <input type="radio" name={name} checked={both} onChange={() => setDesign('encoder-decoder')} />
          Encoder–decoder (translation)
        </label>
        <label>
          <input type="radio" name={name} checked={!both} onChange={() => setDesign('decoder-only')} />
          Decoder-only (GPT, LLaMA)
        </label>
      </fieldset>
      <p className="dstack-status" role="status">
        {both
          ? `Each decoder block has ${blocks} sub-layers, each wrapped in a residual connection; cross-attention takes its keys and values from the encoder.`
          : `Each block has ${blocks} sub-layers, each wrapped in a residual connection; there is no encoder and no cross-attention.`}
      </p>
      <svg className="dstack-diagram" viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: `${width * 1.4}px` }} aria-hidden="true" focusable="false">
        <defs>
          <marker id="dstack-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="dstack-head" />
          </marker>
        </defs>
        {both && <Column stages={ENCODER} x={10} top={10} />}
        <Column stages={decoder} x={decoderX} top={10} />
        {both && (
          <path
            d={`M${10 + BOX.width} ${encoderOutY} C ${decoderX - 6} ${encoderOutY}, ${decoderX - 30} ${crossY}, ${decoderX} ${crossY}`}
            className="dstack-arrow dstack-kv"
            markerEnd="url(#dstack-head)"
          />
        )}
      </svg>
      <ol className="visually-hidden" aria-label={both ? 'Encoder, then decoder, top to bottom' : 'Decoder-only block, top to bottom'}>
        {both && ENCODER.map((s) => <li key={`e-${s.label}`}>Encoder: {s.label}, {s.note}</li>)}
        {decoder.map((s) => (
          <li key={`d-${s.label}`}>
            {both ? 'Decoder: ' : ''}
            {s.label}, {s.note}
            {s.residual ? ' (with a residual connection)' : ''}
          </li>
        ))}
      </ol>
      <figcaption>
        Switch between the two designs. The middle boxes form one block, repeated many times; every sub-layer has a
        LayerNorm before it and a residual connection around it. Decoder-only models keep the masked self-attention and
        the feed-forward network, and drop the encoder and cross-attention.
      </figcaption>
    </figure>
  );
}
