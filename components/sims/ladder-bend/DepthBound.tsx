import { useState } from 'react';
import { sigmoidDepthBound } from '../../../engine/ladder/neuron';
import { formatScientific } from '../ladder-line/format';
import RangeField from '../../ui/RangeField';

/** A layer-count slider and the best gradient factor that survives that many sigmoids, 0.25 to that power. */
export default function DepthBound() {
  const [layers, setLayers] = useState(10);
  const bound = sigmoidDepthBound(layers);
  return (
    <div className="ld-group">
      <RangeField
        className="ld-field"
        label="Layers"
        min={1}
        max={20}
        step={1}
        value={layers}
        output={layers}
        valueText={`${layers} layers`}
        onChange={setLayers}
      />
      <p className="ld-note" data-testid="depth-bound">
        At best, 0.25 per layer: 0.25<sup>{layers}</sup> = {formatScientific(bound, 2)}, so the gradient reaching the
        first layer is at most {formatScientific(bound, 2)} of what the last layer gets.
      </p>
    </div>
  );
}
