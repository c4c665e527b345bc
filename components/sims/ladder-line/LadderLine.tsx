import { useMemo, useState } from 'react';
import {
  LADDER_POINTS,
  LINE_LEARNING_RATE,
  LINE_START,
  lineLoss,
  predictLine,
  trainLine,
  type LineParams,
} from '../../../engine/ladder/line';
import ClosedForm from './ClosedForm';
import CodeListing from './CodeListing';
import { LINE_PYTHON } from './listings';
import FitPlot from './FitPlot';
import { formatFixed, signedTerm } from './format';
import ParamSlider from './ParamSlider';
import PointsTable from './PointsTable';
import TrainBar from './TrainBar';
import './ladder.css';

/** How many steps one press of Train takes: enough to reach the plateau from the starting line. */
export const LINE_TRAIN_STEPS = 500;

/** Rung 1: a line with two knobs over four points, its MSE, gradient descent, and the closed form to compare with. */
export default function LadderLine() {
  const [params, setParams] = useState<LineParams>(LINE_START);
  const [steps, setSteps] = useState(0);
  const [diverged, setDiverged] = useState(false);
  const loss = useMemo(() => lineLoss(params), [params]);

  const move = (next: LineParams) => {
    setParams(next);
    setSteps(0);
    setDiverged(false);
  };
  const run = (count: number) => {
    const result = trainLine(params, count);
    setParams(result.params);
    setSteps((s) => s + result.steps);
    setDiverged(result.diverged);
  };
  const formula = `ŷ = ${formatFixed(params.w, 2)}·x ${signedTerm(params.b, 2)}`;

  return (
    <figure className="sim-frame ld">
      <div className="ld-body">
        <FitPlot
          data={LADDER_POINTS}
          curves={[{ label: 'your line', f: (x) => predictLine(params, x), kind: 'main' }]}
          description={`The four data points and the line ${formula}; the table below lists each point's prediction.`}
        />
        <div className="ld-controls">
          <p className="ld-formula" data-testid="line-formula">
            {formula}
          </p>
          <ParamSlider label="w" value={params.w} min={-1.5} max={1.5} step={0.01} decimals={3} onChange={(w) => move({ ...params, w })} />
          <ParamSlider label="b" value={params.b} min={-1.5} max={1.5} step={0.01} decimals={3} onChange={(b) => move({ ...params, b })} />
          <p className="ld-loss">
            Loss (MSE) = <strong data-testid="line-loss">{formatFixed(loss, 4)}</strong>
          </p>
          <TrainBar
            learningRate={LINE_LEARNING_RATE}
            trainSteps={LINE_TRAIN_STEPS}
            stepsTaken={steps}
            diverged={diverged}
            onStep={() => run(1)}
            onTrain={() => run(LINE_TRAIN_STEPS)}
            onReset={() => move(LINE_START)}
          />
        </div>
      </div>
      <PointsTable
        caption="Each point, the line's prediction ŷ and its error"
        columns={['x', 'y', 'ŷ', 'ŷ − y']}
        testId="line-points"
        rows={LADDER_POINTS.map(({ x, y }) => {
          const yHat = predictLine(params, x);
          return [String(x), String(y), formatFixed(yHat, 3), formatFixed(yHat - y, 3)];
        })}
      />
      <ClosedForm currentLoss={loss} onApply={move} />
      <CodeListing title="The training step in Python" code={LINE_PYTHON} />
      <figcaption>
        Drag w and b to bring the line close to the four dots and watch the loss. Then press Step a few times, or Train,
        and compare where gradient descent stops with the closed form below it.
      </figcaption>
    </figure>
  );
}
