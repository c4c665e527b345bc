import { useId, useMemo, useState } from 'react';
import { crossEntropyCurve, crossEntropyPoint } from '../../../engine/trainingCurves';
import { formatFixed } from './format';
import LossChart from './LossChart';
import './crossEntropyCurve.css';

/** The slider moves in hundredths; 0 is left out because −ln 0 is infinite. */
const MIN = 0.01;

/** Chapter 7's cross-entropy simulation: choose the probability of the right token and read the loss −ln p. */
export default function CrossEntropyCurve() {
  const sliderId = useId();
  const [hundredths, setHundredths] = useState(50);
  const curve = useMemo(() => crossEntropyCurve(MIN, 1, 100), []);
  const point = crossEntropyPoint(hundredths / 100);
  const p = formatFixed(point.probability, 2);
  const loss = formatFixed(point.loss, 3);
  const description =
    `Line chart of the loss −ln p against P(correct) from 0.01 to 1: it falls steeply near 0 and flattens to 0 at 1. ` +
    `Marked: P(correct) ${p}, loss ${loss}.`;

  return (
    <figure className="sim-frame xe-sim">
      <div className="xe-slider">
        <label htmlFor={sliderId}>P(correct): the probability the model gives the true next token</label>
        <input
          id={sliderId}
          type="range"
          min={1}
          max={100}
          step={1}
          value={hundredths}
          aria-valuetext={`${p}, loss ${loss}`}
          onChange={(e) => setHundredths(Number(e.target.value))}
        />
        <output htmlFor={sliderId} data-testid="probability">
          {p}
        </output>
      </div>
      <LossChart curve={curve} current={point} description={description} />
      <dl className="sim-numbers xe-numbers" aria-live="polite">
        <div>
          <dt>Loss −ln p</dt>
          <dd data-testid="loss">{loss}</dd>
        </div>
        <div>
          <dt>As unsure as a fair pick among</dt>
          <dd data-testid="choices">{formatFixed(point.equivalentChoices, 2)} tokens</dd>
        </div>
        <div>
          <dt>Probability left for every wrong token together</dt>
          <dd data-testid="left-over">{formatFixed(point.wrongShare, 2)}</dd>
        </div>
      </dl>
      <figcaption>
        Drag the slider, or use the arrow keys, to change how sure the model is of the right token. At 0.50 the loss is
        ln 2 ≈ 0.693; at 0.99 it is almost 0; at 0.01 it climbs to 4.605. Halving p always adds the same ln 2 ≈ 0.693, so
        the curve punishes confident mistakes far more than it rewards extra certainty.
      </figcaption>
    </figure>
  );
}
