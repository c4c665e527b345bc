import { useMemo, useState } from 'react';
import { LADDER_POINTS, type LineParams } from '../../../engine/ladder/line';
import {
  NEURON_LEARNING_RATE,
  NEURON_START,
  neuronLoss,
  predictNeuron,
  trainNeuron,
} from '../../../engine/ladder/neuron';
import FitPlot from '../ladder-line/FitPlot';
import { formatFixed, signedTerm } from '../ladder-line/format';
import ParamSlider from '../ladder-line/ParamSlider';
import PointsTable from '../ladder-line/PointsTable';
import TrainBar from '../ladder-line/TrainBar';
import CodeListing from '../ladder-line/CodeListing';
import { BEND_PYTHON } from '../ladder-line/listings';
import DepthBound from './DepthBound';
import SigmaTable from './SigmaTable';
import '../ladder-line/ladder.css';

/** How many steps one press of Train takes. */
export const BEND_TRAIN_STEPS = 500;

/** Rung 2: the line piped through σ, trained at lr 1.5; σ's table of slopes and the depth bound 0.25ⁿ beside it. */
export default function LadderBend() {
  const [params, setParams] = useState<LineParams>(NEURON_START);
  const [steps, setSteps] = useState(0);
  const [diverged, setDiverged] = useState(false);
  const loss = useMemo(() => neuronLoss(params), [params]);

  const move = (next: LineParams) => {
    setParams(next);
    setSteps(0);
    setDiverged(false);
  };
  const run = (count: number) => {
    const result = trainNeuron(params, count);
    setParams(result.params);
    setSteps((s) => s + result.steps);
    setDiverged(result.diverged);
  };
  const zFormula = `z = ${formatFixed(params.w, 2)}·x ${signedTerm(params.b, 2)}`;

  return (
    <figure className="sim-frame ld">
      <div className="ld-body">
        <FitPlot
          data={LADDER_POINTS}
          curves={[
            { label: 'the line z', f: (x) => params.w * x + params.b, kind: 'part' },
            { label: 'ŷ = σ(z)', f: (x) => predictNeuron(params, x).yHat, kind: 'main' },
          ]}
          description={`The four data points, the line ${zFormula}, and the neuron's output σ(z), which bends it into an S between 0 and 1; the table below lists the numbers at each point.`}
        />
        <div className="ld-controls">
          <p className="ld-formula" data-testid="bend-formula">
            {zFormula}, ŷ = σ(z)
          </p>
          <ParamSlider label="w" value={params.w} min={-10} max={10} step={0.1} decimals={2} onChange={(w) => move({ ...params, w })} />
          <ParamSlider label="b" value={params.b} min={-20} max={20} step={0.1} decimals={2} onChange={(b) => move({ ...params, b })} />
          <p className="ld-loss">
            Loss (MSE) = <strong data-testid="bend-loss">{formatFixed(loss, 4)}</strong>
          </p>
          <TrainBar
            learningRate={NEURON_LEARNING_RATE}
            trainSteps={BEND_TRAIN_STEPS}
            stepsTaken={steps}
            diverged={diverged}
            onStep={() => run(1)}
            onTrain={() => run(BEND_TRAIN_STEPS)}
            onReset={() => move(NEURON_START)}
          />
        </div>
      </div>
      <PointsTable
        caption="Each point: z, the output ŷ = σ(z), its error, and σ′(z), the factor the chain rule multiplies in"
        columns={['x', 'y', 'z', 'ŷ', 'ŷ − y', 'σ′(z)']}
        testId="bend-points"
        rows={LADDER_POINTS.map(({ x, y }) => {
          const q = predictNeuron(params, x);
          return [String(x), String(y), formatFixed(q.z, 2), formatFixed(q.yHat, 3), formatFixed(q.yHat - y, 3), formatFixed(q.slope, 4)];
        })}
      />
      <div className="ld-body">
        <SigmaTable />
        <DepthBound />
      </div>
      <CodeListing title="The training step in Python" code={BEND_PYTHON} />
      <figcaption>
        Move w and b and watch the S slide and steepen; then press Train and see the loss stall above 0.25, since one S
        rises once and never comes back down. Below, read σ′ off the table and drag Layers to see 0.25 per layer
        compound.
      </figcaption>
    </figure>
  );
}
