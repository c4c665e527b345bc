import { useId, useMemo, useState } from 'react';
import {
  BUMP_LEARNING_RATES,
  BUMP_START,
  bumpHealth,
  bumpLoss,
  predictBump,
  randomBumpInit,
  trainBump,
  type BumpActivation,
  type BumpParams,
} from '../../../engine/ladder/bump';
import { LADDER_POINTS } from '../../../engine/ladder/line';
import FitPlot from '../ladder-line/FitPlot';
import { formatFixed, signedTerm } from '../ladder-line/format';
import ParamSlider from '../ladder-line/ParamSlider';
import PointsTable from '../ladder-line/PointsTable';
import TrainBar from '../ladder-line/TrainBar';
import CodeListing from '../ladder-line/CodeListing';
import { STACK_PYTHON } from '../ladder-line/listings';
import NeuronHealthList from './NeuronHealthList';
import SeedInit from './SeedInit';
import '../ladder-line/ladder.css';

/** How many steps one press of Train takes. */
export const STACK_TRAIN_STEPS = 1000;

const ACT_NAMES: Record<BumpActivation, string> = { sigmoid: 'sigmoid σ', relu: 'ReLU' };
const KNOBS = [
  { key: 'w1', label: 'w₁', min: -10, max: 10 },
  { key: 'b1', label: 'b₁', min: -25, max: 25 },
  { key: 'w2', label: 'w₂', min: -10, max: 10 },
  { key: 'b2', label: 'b₂', min: -25, max: 25 },
] as const;

/** Rung 3: two neurons subtracted make a bump; four knobs, seeded random init, Train, and a sigmoid/ReLU switch. */
export default function LadderStack() {
  const radioName = useId();
  const [params, setParams] = useState<BumpParams>(BUMP_START);
  const [act, setAct] = useState<BumpActivation>('sigmoid');
  const [steps, setSteps] = useState(0);
  const [diverged, setDiverged] = useState(false);
  const [seed, setSeed] = useState<number | null>(null);
  const loss = useMemo(() => bumpLoss(params, act), [params, act]);
  const health = useMemo(() => bumpHealth(params, act), [params, act]);
  const f = act === 'sigmoid' ? 'σ' : 'ReLU';

  const restart = () => {
    setSteps(0);
    setDiverged(false);
  };
  const move = (next: BumpParams, from: number | null = null) => {
    setParams(next);
    setSeed(from);
    restart();
  };
  const run = (count: number) => {
    const result = trainBump(params, act, count);
    setParams(result.params);
    setSteps((s) => s + result.steps);
    setDiverged(result.diverged);
  };

  return (
    <figure className="sim-frame ld">
      <fieldset className="ld-group ld-radios">
        <legend>Activation</legend>
        {(['sigmoid', 'relu'] as const).map((a) => (
          <label key={a}>
            <input
              type="radio"
              name={radioName}
              checked={act === a}
              onChange={() => {
                setAct(a);
                restart();
              }}
            />
            {ACT_NAMES[a]} (lr {BUMP_LEARNING_RATES[a]})
          </label>
        ))}
      </fieldset>
      <div className="ld-body">
        <FitPlot
          data={LADDER_POINTS}
          curves={[
            { label: `neuron 1: ${f}(z₁)`, f: (x) => predictBump(params, act, x).a1, kind: 'part' },
            { label: `neuron 2: ${f}(z₂)`, f: (x) => predictBump(params, act, x).a2, kind: 'part2' },
            { label: 'ŷ = neuron 1 − neuron 2', f: (x) => predictBump(params, act, x).yHat, kind: 'main' },
          ]}
          description={`The four data points, the two ${ACT_NAMES[act]} neurons and their difference ŷ; the table below lists the numbers at each point.`}
        />
        <div className="ld-controls">
          <p className="ld-formula" data-testid="stack-formula">
            ŷ = {f}({formatFixed(params.w1, 2)}·x {signedTerm(params.b1, 2)}) − {f}({formatFixed(params.w2, 2)}·x{' '}
            {signedTerm(params.b2, 2)})
          </p>
          <fieldset className="ld-group">
            <legend>Neuron 1 (rises)</legend>
            {KNOBS.slice(0, 2).map((k) => (
              <ParamSlider key={k.key} label={k.label} value={params[k.key]} min={k.min} max={k.max} step={0.1} decimals={2} onChange={(v) => move({ ...params, [k.key]: v })} />
            ))}
          </fieldset>
          <fieldset className="ld-group">
            <legend>Neuron 2 (catches up)</legend>
            {KNOBS.slice(2).map((k) => (
              <ParamSlider key={k.key} label={k.label} value={params[k.key]} min={k.min} max={k.max} step={0.1} decimals={2} onChange={(v) => move({ ...params, [k.key]: v })} />
            ))}
          </fieldset>
          <SeedInit drawnFrom={seed} onDraw={(s) => move(randomBumpInit(s), s)} />
          <p className="ld-loss">
            Loss (MSE) = <strong data-testid="stack-loss">{formatFixed(loss, 6)}</strong>
          </p>
          <TrainBar
            learningRate={BUMP_LEARNING_RATES[act]}
            trainSteps={STACK_TRAIN_STEPS}
            stepsTaken={steps}
            diverged={diverged}
            onStep={() => run(1)}
            onTrain={() => run(STACK_TRAIN_STEPS)}
            onReset={() => move(BUMP_START)}
          />
        </div>
      </div>
      <NeuronHealthList health={health} act={act} />
      <PointsTable
        caption="Each point: both neurons' outputs and their difference ŷ"
        columns={['x', 'y', 'neuron 1', 'neuron 2', 'ŷ', 'ŷ − y']}
        testId="stack-points"
        rows={LADDER_POINTS.map(({ x, y }) => {
          const q = predictBump(params, act, x);
          return [String(x), String(y), formatFixed(q.a1, 3), formatFixed(q.a2, 3), formatFixed(q.yHat, 3), formatFixed(q.yHat - y, 3)];
        })}
      />
      <CodeListing title="The training step in Python" code={STACK_PYTHON} />
      <figcaption>
        Train the sigmoid bump first. Then switch to ReLU and watch the loss jump; press Train and see what happens to
        the two neurons. Press Random init for a seeded fresh start, and Train again; the seed box says which start you
        have, so any run can be repeated.
      </figcaption>
    </figure>
  );
}
