import { useId, useState } from 'react';
import { KV_PRESETS, kvCacheMemory, type KvCacheShape } from '../../../engine/kvMemory';
import { formatBinaryBytes, formatContext, formatCount, formatDecimalBytes, formatLargeCount } from './format';
import RangeField from './RangeField';
import './kvMemory.css';

// The context slider moves in powers of two, from 256 tokens to 1M.
const MIN_POWER = 8;
const MAX_POWER = 20;
const PRECISIONS = [
  { bytes: 4, label: '4 bytes (float32)' },
  { bytes: 2, label: '2 bytes (float16, bfloat16)' },
  { bytes: 1, label: '1 byte (8-bit)' },
  { bytes: 0.5, label: '½ byte (4-bit)' },
] as const;

function sameShape(a: KvCacheShape, b: KvCacheShape): boolean {
  return (Object.keys(a) as (keyof KvCacheShape)[]).every((key) => a[key] === b[key]);
}

/** Chapter 8's calculator: the memory of a KV cache from a model's shape, with presets for real model families. */
export default function KvMemory() {
  const radioName = useId();
  const [shape, setShape] = useState<KvCacheShape>(KV_PRESETS[0].shape);
  const memory = kvCacheMemory(shape);
  const set = (key: keyof KvCacheShape) => (value: number) => setShape((s) => ({ ...s, [key]: value }));
  const power = Math.round(Math.log2(shape.contextLength));

  return (
    <figure className="kvm">
      <div className="kvm-presets" role="group" aria-label="Presets">
        {KV_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            aria-pressed={sameShape(shape, preset.shape)}
            onClick={() => setShape(preset.shape)}
          >
            {preset.name}
          </button>
        ))}
      </div>
      <div className="kvm-fields">
        <RangeField label="Layers" min={1} max={128} value={shape.layers} onChange={set('layers')} />
        <RangeField label="KV heads per layer" min={1} max={128} value={shape.kvHeads} onChange={set('kvHeads')} />
        <RangeField label="Head size" min={16} max={256} step={16} value={shape.headSize} onChange={set('headSize')} />
        <RangeField
          label="Context length (tokens)"
          min={MIN_POWER}
          max={MAX_POWER}
          value={power}
          shown={formatContext(shape.contextLength)}
          onChange={(p) => set('contextLength')(2 ** p)}
        />
        <RangeField label="Sequences served at once" min={1} max={64} value={shape.sequences} onChange={set('sequences')} />
        <fieldset className="kvm-precision">
          <legend>Bytes per value</legend>
          {PRECISIONS.map((p) => (
            <label key={p.bytes}>
              <input
                type="radio"
                name={radioName}
                checked={shape.bytesPerValue === p.bytes}
                onChange={() => set('bytesPerValue')(p.bytes)}
              />
              {p.label}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="kvm-result" aria-live="polite">
        <p data-result="per-token">
          Per token: 2 × {shape.layers} × {shape.kvHeads} × {shape.headSize} × {formatCount(shape.bytesPerValue)} bytes ={' '}
          <strong>{formatCount(memory.bytesPerToken)} bytes</strong> ({formatBinaryBytes(memory.bytesPerToken)})
        </p>
        <p data-result="per-sequence">
          One sequence: × {formatCount(shape.contextLength)} tokens = <strong>{formatCount(memory.bytesPerSequence)} bytes</strong>
        </p>
        <p className="kvm-total" data-result="total">
          KV cache{shape.sequences > 1 ? ` for ${shape.sequences} sequences` : ''}:{' '}
          <strong>{formatDecimalBytes(memory.totalBytes)}</strong> = {formatBinaryBytes(memory.totalBytes)}
        </p>
        <p data-result="values">
          That is {formatLargeCount(memory.totalValues)} stored numbers: as many as the weights of a model with{' '}
          {formatLargeCount(memory.totalValues)} parameters.
        </p>
      </div>
      <figcaption>
        Press a preset, then move the sliders: halve the KV heads, double the context, or serve more sequences at once
        and watch the memory. GB are powers of 1000, GiB powers of 1024. The 70B preset shares 8 key/value heads among
        its 64 query heads (grouped-query attention); the second preset shows what the cache would need without that.
      </figcaption>
    </figure>
  );
}
