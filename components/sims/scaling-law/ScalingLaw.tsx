import { useMemo, useState } from 'react';
import { doublingStep, KAPLAN_PARAMS, scalingCurve, type CurvePoint } from '../../../engine/scalingLaw';
import { formatCount, formatFixed, formatPercent } from './format';
import LogLogPlot from './LogLogPlot';
import './scalingLaw.css';
import RangeField from '../../ui/RangeField';

/** The smallest model on the slider; each step doubles it. */
const START = 1e6;
const MAX_DOUBLINGS = 20;

/** A marked point for the plot, placed by the logarithms of numbers the engine computed. */
function point(params: number, loss: number): CurvePoint {
  return { params, loss, log10Params: Math.log10(params), log10Loss: Math.log10(loss) };
}

/** Chapter 9's scaling-law simulation: pick a model size, double it, and read off the loss the power law predicts. */
export default function ScalingLaw() {
  const [doublings, setDoublings] = useState(8);
  const curve = useMemo(() => scalingCurve(START, START * 2 ** (MAX_DOUBLINGS + 1), 50), []);
  const step = doublingStep(START, doublings);
  const n = step.params;
  const here = point(n, step.loss);
  const next = point(2 * n, step.nextLoss);
  const description =
    `Log-log plot of the loss against parameters: a straight line falling with slope −${KAPLAN_PARAMS.alpha}. ` +
    `Marked: ${formatCount(n)} parameters at loss ${formatFixed(here.loss, 3)} and ${formatCount(2 * n)} at loss ` +
    `${formatFixed(next.loss, 3)}.`;

  return (
    <figure className="sim-frame scl-sim">
      <div className="scl-controls">
        <RangeField
          className="scl-slider"
          label="Doublings of the parameters, starting from 1 million"
          min={0}
          max={MAX_DOUBLINGS}
          step={1}
          value={doublings}
          output={<>{doublings} → N = {formatCount(n)}</>}
          valueText={`${doublings} doublings: ${formatCount(n)} parameters`}
          onChange={setDoublings}
        />
        <button type="button" onClick={() => setDoublings((d) => Math.min(MAX_DOUBLINGS, d + 1))} disabled={doublings >= MAX_DOUBLINGS}>
          Double N
        </button>
      </div>
      <LogLogPlot curve={curve} marks={[here, next]} description={description} />
      <dl className="sim-numbers scl-numbers" aria-live="polite">
        <div>
          <dt>Loss at N = {formatCount(n)}</dt>
          <dd data-testid="loss-here">{formatFixed(here.loss, 3)}</dd>
        </div>
        <div>
          <dt>Loss at 2N = {formatCount(2 * n)}</dt>
          <dd data-testid="loss-next">{formatFixed(next.loss, 3)}</dd>
        </div>
        <div>
          <dt>Ratio L(2N) / L(N) = 2^−{KAPLAN_PARAMS.alpha}</dt>
          <dd data-testid="ratio">
            {formatFixed(step.ratio, 4)} ({formatPercent(1 - step.ratio, 1)} lower)
          </dd>
        </div>
        <div>
          <dt>Loss now / loss at 1 million</dt>
          <dd data-testid="since-start">{formatFixed(step.sinceStart, 3)}</dd>
        </div>
      </dl>
      <figcaption>
        Move the slider (or press “Double N”) to grow the model. Each doubling multiplies the loss by the same 0.949,
        wherever you start: that is why the line is straight on log-log axes. The curve is the fit Kaplan et al. (2020)
        report, L(N) = (N_c / N)^0.076 with N_c = 8.8 × 10¹³, in nats per token; it assumes data and compute are not the
        limit.
      </figcaption>
    </figure>
  );
}
