import { useMemo, useState } from 'react';
import { scalingExperiment } from '../../../engine/scaling';
import { formatFixed } from '../attention-weights/format';
import { EXPONENTS, PAIRS, SEED, START_EXPONENT, TOKENS, TRIALS } from './settings';
import SpreadChart from './SpreadChart';
import WeightBars from './WeightBars';
import './whyScale.css';
import RangeField from '../../ui/RangeField';

const dimsOf = (exponent: number) => 2 ** exponent;

/** Chapter 2's second simulation: as d_k grows, unscaled scores spread like √d_k and softmax collapses. */
export default function WhyScale() {
  const [exponent, setExponent] = useState(START_EXPONENT);
  const [scaled, setScaled] = useState(false);
  const dims = dimsOf(exponent);
  const run = useMemo(() => scalingExperiment(dims, { tokens: TOKENS, pairs: PAIRS, scaled, seed: SEED, trials: TRIALS }), [dims, scaled]);
  // The spread does not depend on the toggle, so the sweep over every d_k is measured once.
  const sweep = useMemo(
    () =>
      EXPONENTS.map((e) => {
        const r = scalingExperiment(dimsOf(e), { tokens: TOKENS, pairs: PAIRS, scaled: false, seed: SEED, trials: 1 });
        return { dims: r.dims, measured: r.measuredSpread, predicted: r.predictedSpread };
      }),
    [],
  );
  const collapsed = run.maxWeight > 0.99;
  const scoreLabel = scaled ? `q · k ÷ √${dims}` : 'q · k';

  return (
    <figure className="sim-frame ws">
      <div className="ws-controls">
        <RangeField
          className="ws-field"
          label="Key size d_k"
          min={0}
          max={EXPONENTS.length - 1}
          step={1}
          value={exponent}
          output={dims}
          valueText={`d_k = ${dims}`}
          onChange={setExponent}
        />
        <label className="ws-toggle">
          <input type="checkbox" checked={scaled} onChange={(e) => setScaled(e.target.checked)} />
          Divide the scores by √d_k
        </label>
      </div>
      <dl className="ws-stats">
        <div>
          <dt>Spread of q · k (measured, {PAIRS.toLocaleString('en')} pairs)</dt>
          <dd data-stat="measured">{formatFixed(run.measuredSpread, 2)}</dd>
        </div>
        <div>
          <dt>√d_k</dt>
          <dd data-stat="predicted">{formatFixed(run.predictedSpread, 2)}</dd>
        </div>
        <div>
          <dt>Largest weight below</dt>
          <dd data-stat="max-weight">{formatFixed(run.maxWeight, 3)}</dd>
        </div>
        <div>
          <dt>Largest weight, average of {TRIALS} draws</dt>
          <dd data-stat="average-max-weight">{formatFixed(run.averageMaxWeight, 3)}</dd>
        </div>
        <div>
          <dt>Largest gradient w(1 − w) below</dt>
          <dd data-stat="max-gradient">{formatFixed(run.maxGradient, 4)}</dd>
        </div>
      </dl>
      <p className="ws-verdict" role="status">
        {collapsed
          ? `Softmax has collapsed: one key takes ${formatFixed(run.maxWeight * 100, 1)}% of the weight, and the gradient through it is almost 0.`
          : `The weight is shared: the largest is ${formatFixed(run.maxWeight * 100, 1)}%, and every score can still move its weight.`}
      </p>
      <div className="ws-pictures">
        <div>
          <p className="ws-title">One query against 8 random keys: the weights, with the score {scoreLabel} under each key</p>
          <WeightBars scores={run.usedScores} weights={run.weights} />
          <div className="visually-hidden">
            <table>
              <caption>Scores and softmax weights for d_k = {dims}</caption>
              <thead>
                <tr>
                  <th scope="col">Key</th>
                  <th scope="col">Score {scoreLabel}</th>
                  <th scope="col">Weight</th>
                </tr>
              </thead>
              <tbody>
                {run.weights.map((w, j) => (
                  <tr key={j}>
                    <th scope="row">k{j + 1}</th>
                    <td data-column="score">{formatFixed(run.usedScores[j], 2)}</td>
                    <td data-column="weight">{formatFixed(w, 3)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        <div>
          <p className="ws-title">Spread of q · k at every d_k (dots) and the curve √d_k</p>
          <SpreadChart points={sweep} selected={exponent} />
        </div>
      </div>
      <figcaption>
        Slide d_k up from 1 to 512 with scaling off: the scores spread out like √d_k and one bar swallows nearly all the
        weight. Then tick “Divide the scores by √d_k”: the scores shrink back to a spread of about 1, whatever d_k is,
        and the weight is shared again. The query and keys are random vectors with entries drawn from N(0, 1), seeded so
        each d_k always shows the same ones.
      </figcaption>
    </figure>
  );
}
