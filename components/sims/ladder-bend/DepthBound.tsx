import { useId, useState } from 'react';
import { sigmoidDepthBound } from '../../../engine/ladder/neuron';
import { formatScientific } from '../ladder-line/format';

/** A layer-count slider and the best gradient factor that survives that many sigmoids, 0.25 to that power. */
export default function DepthBound() {
  const id = useId();
  const [layers, setLayers] = useState(10);
  const bound = sigmoidDepthBound(layers);
  return (
    <div className="ld-group">
      <div className="ld-field">
        <label htmlFor={id}>Layers</label>
        <input
          id={id}
          type="range"
          min={1}
          max={20}
          step={1}
          value={layers}
          aria-valuetext={`${layers} layers`}
          onChange={(e) => setLayers(Number(e.target.value))}
        />
        <output htmlFor={id}>{layers}</output>
      </div>
      <p className="ld-note" data-testid="depth-bound">
        At best, 0.25 per layer: 0.25<sup>{layers}</sup> = {formatScientific(bound, 2)}, so the gradient reaching the
        first layer is at most {formatScientific(bound, 2)} of what the last layer gets.
      </p>
    </div>
  );
}
