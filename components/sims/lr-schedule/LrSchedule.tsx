import { useId, useMemo, useState } from 'react';
import { scheduleCurve, scheduleLandmarks } from '../../../engine/trainingCurves';
import type { LearningRateSchedule } from '../../../engine/gpt/schedule';
import ConceptsTable from './ConceptsTable';
import { formatRate } from './format';
import ScheduleChart from './ScheduleChart';
import './lrSchedule.css';

/** Length of the run drawn; long enough that warmup is a visible ramp but a short part of it. */
const TOTAL_STEPS = 2000;
/** Peak rates the slider offers, the middle ones the range small GPTs are trained with. */
const PEAKS = [1e-4, 2e-4, 3e-4, 6e-4, 1e-3, 2e-3, 3e-3] as const;
const WARMUP_STEP = 50;
const WARMUP_MAX = 500;

/** Chapter 7's schedule simulation: warmup and peak rate on sliders, the warmup + cosine curve they give. */
export default function LrSchedule() {
  const warmupId = useId();
  const peakId = useId();
  const [warmupSteps, setWarmupSteps] = useState(100);
  const [peakIndex, setPeakIndex] = useState(3);
  const maxRate = PEAKS[peakIndex];
  // The floor is a tenth of the peak, a common choice (GPT-3 decays to 10% of its peak).
  const schedule: LearningRateSchedule = useMemo(
    () => ({ maxRate, minRate: maxRate / 10, warmupSteps, totalSteps: TOTAL_STEPS }),
    [maxRate, warmupSteps],
  );
  const curve = useMemo(() => scheduleCurve(schedule, 201), [schedule]);
  const marks = scheduleLandmarks(schedule);
  const description =
    `Line chart of the learning rate over ${TOTAL_STEPS} steps: ` +
    (warmupSteps > 0 ? `a straight rise from ${formatRate(marks.first)} at step 0 to ` : 'no warmup, starting at ') +
    `the peak ${formatRate(marks.peak)} at step ${marks.peakStep}, then a half cosine through ${formatRate(marks.halfway)} ` +
    `at step ${marks.halfwayStep} down to ${formatRate(marks.final)} at step ${TOTAL_STEPS}.`;

  return (
    <>
      <figure className="lrs-sim">
        <div className="lrs-controls">
          <div className="lrs-slider">
            <label htmlFor={warmupId}>Warmup steps</label>
            <input
              id={warmupId}
              type="range"
              min={0}
              max={WARMUP_MAX}
              step={WARMUP_STEP}
              value={warmupSteps}
              onChange={(e) => setWarmupSteps(Number(e.target.value))}
            />
            <output htmlFor={warmupId} data-testid="warmup">
              {warmupSteps}
            </output>
          </div>
          <div className="lrs-slider">
            <label htmlFor={peakId}>Peak learning rate</label>
            <input
              id={peakId}
              type="range"
              min={0}
              max={PEAKS.length - 1}
              step={1}
              value={peakIndex}
              aria-valuetext={formatRate(maxRate)}
              onChange={(e) => setPeakIndex(Number(e.target.value))}
            />
            <output htmlFor={peakId} data-testid="peak-choice">
              {formatRate(maxRate)}
            </output>
          </div>
        </div>
        <ScheduleChart curve={curve} peakStep={marks.peakStep} axisMax={PEAKS[PEAKS.length - 1]} description={description} />
        <dl className="sim-numbers lrs-numbers" aria-live="polite">
          <div>
            <dt>Step 0 (first update)</dt>
            <dd data-testid="rate-first">{formatRate(marks.first)}</dd>
          </div>
          <div>
            <dt>Peak, at step {marks.peakStep}</dt>
            <dd data-testid="rate-peak">{formatRate(marks.peak)}</dd>
          </div>
          <div>
            <dt>Halfway down, at step {marks.halfwayStep}</dt>
            <dd data-testid="rate-halfway">{formatRate(marks.halfway)}</dd>
          </div>
          <div>
            <dt>End, at step {TOTAL_STEPS}</dt>
            <dd data-testid="rate-final">{formatRate(marks.final)}</dd>
          </div>
        </dl>
        <figcaption>
          Move the sliders to change how long the warmup lasts and how high the rate peaks. The rate climbs in a straight
          line for the warmup steps, then follows half a cosine down to a tenth of the peak. Set warmup to 0 and the very
          first update, made with random weights and an optimizer that knows nothing yet, is taken at the full peak rate.
        </figcaption>
      </figure>
      <ConceptsTable />
    </>
  );
}
