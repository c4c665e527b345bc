import { useMemo, useState, type MouseEvent } from 'react';
import { bowlValue, divergenceThreshold, stepFactors, type Bowl } from '../../../engine/gradientDescent';
import { fixed, short } from '../primer-common/format';
import Slider from '../primer-common/Slider';
import { pointerToPlot, snap, type PlotWindow } from '../primer-common/svgPoint';
import BowlPicture from './BowlPicture';
import { MAX_STEPS, prefersReducedMotion, useDescentRun } from './useDescentRun';
import '../primer-common/primer.css';

/** The bowl of the picture: f(x, y) = 0.3x² + 1.1y², steeper along y. */
export const BOWL: Bowl = { a: 0.3, b: 1.1 };
const RIM = 4;
const LIMITS = { tolerance: 1e-3, rim: RIM };
const W: PlotWindow = { xMin: -RIM, xMax: RIM, yMin: -RIM, yMax: RIM };
const START = { x: -3, y: 2 };
const BOWL_LABEL = `f(x, y) = ${short(BOWL.a)}x² + ${short(BOWL.b)}y²`;

/** The primer's gradient descent: drop a ball in a bowl, pick a learning rate, watch it settle or diverge. */
export default function DescentBowl() {
  const [rate, setRate] = useState(0.3);
  const [start, setStart] = useState(START);
  const reduced = useMemo(prefersReducedMotion, []);
  const { run, step, drop, setPlaying, finish } = useDescentRun(BOWL, rate, LIMITS, START);
  const threshold = divergenceThreshold(BOWL);
  const factors = stepFactors(BOWL, rate);
  const here = run.path[run.path.length - 1];
  const steps = run.path.length - 1;
  const over = steps >= MAX_STEPS && run.status === 'running';

  const changeRate = (value: number) => {
    setRate(value);
    drop(run.path[0], false);
  };
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const p = pointerToPlot(event, event.currentTarget, W);
    if (!p) return;
    const at = { x: snap(p.x, -3.5, 3.5, 0.5), y: snap(p.y, -3.5, 3.5, 0.5) };
    setStart(at);
    drop(at, !reduced);
  };

  let status: string;
  if (run.status === 'diverged') {
    status = `Diverged after ${steps + 1} steps: the ball climbed out of the bowl. η = ${fixed(rate, 2)} is above the threshold ${fixed(threshold, 3)}.`;
  } else if (run.status === 'converged') {
    status = `Settled at the bottom after ${steps} steps (height below ${LIMITS.tolerance}).`;
  } else if (over) {
    status = `Stopped after ${MAX_STEPS} steps, still inside the bowl${Math.abs(factors.y) > 1 ? ' but climbing slowly' : ' and still on the way down'}.`;
  } else {
    status = steps === 0 ? 'Ready: press Play or Step.' : `Step ${steps}: moving.`;
  }
  const done = run.status !== 'running' || over;

  return (
    <figure className="pr db">
      <BowlPicture
        bowl={BOWL}
        rim={RIM}
        path={run.path}
        onClick={onClick}
        label={`Contour lines of the bowl ${BOWL_LABEL}, with the ball's path of ${steps} steps from (${short(run.path[0].x)}, ${short(run.path[0].y)}). ${status}`}
      />
      {/* Only the outcome is announced; a live region on every animation step would talk over the reader. */}
      <p className="sr-only-pr" role="status" data-announce="outcome">
        {done ? status : ''}
      </p>
      <p className="pr-readout">
        <span className="pr-status" data-stat="status">{status}</span>
        <br />
        Ball at ({fixed(here.x, 3)}, {fixed(here.y, 3)}), height f = <span data-stat="height">{fixed(bowlValue(BOWL, here), 4)}</span>.
      </p>
      <p className="pr-readout">
        Each step multiplies x by 1 − 2aη = <span data-stat="factor-x">{fixed(factors.x, 3)}</span> and y by 1 − 2bη ={' '}
        <span data-stat="factor-y">{fixed(factors.y, 3)}</span>. Divergence threshold 1/max(a, b) = 1/{short(Math.max(BOWL.a, BOWL.b))} ={' '}
        <strong data-stat="threshold">{fixed(threshold, 3)}</strong>.
      </p>
      <Slider label="Learning rate η" min={0.02} max={1.2} step={0.01} value={rate} onChange={changeRate} format={(v) => fixed(v, 2)} />
      <div className="pr-controls">
        <Slider label="Start x" min={-3.5} max={3.5} step={0.5} value={start.x} onChange={(x) => setStart({ ...start, x })} format={(v) => short(v, 1)} />
        <Slider label="Start y" min={-3.5} max={3.5} step={0.5} value={start.y} onChange={(y) => setStart({ ...start, y })} format={(v) => short(v, 1)} />
      </div>
      <div className="pr-buttons">
        <button type="button" onClick={() => drop(start, false)}>Drop the ball</button>
        {/* aria-disabled rather than disabled: a run that ends while a button has focus must not drop the focus. */}
        {reduced ? (
          <button type="button" onClick={() => !done && finish()} aria-disabled={done}>Run to the end</button>
        ) : (
          <button type="button" onClick={() => !done && setPlaying(!run.playing)} aria-disabled={done}>
            {run.playing ? 'Pause' : 'Play'}
          </button>
        )}
        <button type="button" onClick={() => !(done || run.playing) && step()} aria-disabled={done || run.playing}>
          Step
        </button>
      </div>
      <figcaption>
        Click in the bowl to drop the ball there (or set the start and press Drop the ball), then Play or Step. Raise
        the learning rate past {fixed(threshold, 3)} and drop again: the ball overshoots further each step and climbs out.
      </figcaption>
    </figure>
  );
}
