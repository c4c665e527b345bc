import { useMemo, useState } from 'react';
import { slidingWindowSaving, windowReach } from '../../../engine/slidingWindow';
import { formatPercent } from './format';
import MaskGrid from './MaskGrid';
import './slidingWindow.css';
import RangeField from '../../ui/RangeField';

/** Tokens in the picture: enough to see the band, few enough to read at 360 px. */
const TOKENS = 12;

/** Chapter 9's sliding-window simulation: set the window and see which query–key pairs are still computed. */
export default function SlidingWindow() {
  const [windowSize, setWindowSize] = useState(4);
  const [layers, setLayers] = useState(2);
  const saving = useMemo(() => slidingWindowSaving(TOKENS, windowSize), [windowSize]);
  const reach = windowReach(windowSize, layers);
  const description =
    `Attention mask for ${TOKENS} tokens, rows = queries, columns = keys. With a window of ${windowSize}, each token ` +
    `attends to itself and the ${windowSize - 1} before it: ${saving.windowPairs} pairs computed out of ` +
    `${saving.causalPairs} under the plain causal mask.`;

  return (
    <figure className="swa-sim">
      <div className="swa-controls">
        <RangeField
          className="swa-slider"
          label="Window size w (tokens each query sees)"
          min={1}
          max={TOKENS}
          step={1}
          value={windowSize}
          output={windowSize}
          onChange={setWindowSize}
        />
        <RangeField
          className="swa-slider"
          label="Layers stacked"
          min={1}
          max={6}
          step={1}
          value={layers}
          output={layers}
          onChange={setLayers}
        />
      </div>
      <MaskGrid mask={saving.mask} description={description} />
      <p className="swa-legend">Filled: computed. Outlined: allowed by the causal mask, skipped by the window. Blank: the future.</p>
      <p className="swa-numbers" aria-live="polite">
        Pairs computed: <strong data-testid="window-pairs">{saving.windowPairs}</strong> of{' '}
        <span data-testid="causal-pairs">{saving.causalPairs}</span> (
        <span data-testid="fraction">{formatPercent(saving.fraction)}</span>). Through {layers}{' '}
        {layers === 1 ? 'layer' : 'layers'}, information can still travel{' '}
        <strong data-testid="reach">{reach}</strong> positions back.
      </p>
      <figcaption>
        Move the window slider: the band of computed pairs narrows to w per row, so the work grows as T·w instead of
        T². Move the layers slider to see how stacking layers lets information hop w − 1 positions per layer.
      </figcaption>
    </figure>
  );
}
