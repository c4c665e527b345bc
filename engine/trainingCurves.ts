import { surprise } from './loss';
import { learningRateAt, type LearningRateSchedule } from './gpt/schedule';

/** One point of the cross-entropy curve: the probability given to the right token and the loss it costs. */
export interface CrossEntropyPoint {
  /** P(correct): the probability the model gave the true next token. */
  probability: number;
  /** −ln p, in nats. */
  loss: number;
  /**
   * e^loss = 1/p: the number of equally likely tokens that would leave the model just as unsure
   * (the per-token perplexity).
   */
  equivalentChoices: number;
  /** 1 − p: the probability the model spread over all the wrong tokens together. */
  wrongShare: number;
}

/** The loss of one prediction that gave the true token probability p (0 < p ≤ 1). */
export function crossEntropyPoint(probability: number): CrossEntropyPoint {
  if (!(probability > 0 && probability <= 1)) {
    throw new RangeError(`crossEntropyPoint: ${probability} is not a probability above 0`);
  }
  return { probability, loss: surprise(probability), equivalentChoices: 1 / probability, wrongShare: 1 - probability };
}

/** The curve −ln p at `count` evenly spaced probabilities from `from` to `to` (both included). */
export function crossEntropyCurve(from: number, to: number, count: number): CrossEntropyPoint[] {
  if (!Number.isInteger(count) || count < 2) throw new RangeError('crossEntropyCurve: count must be an integer ≥ 2');
  return Array.from({ length: count }, (_, i) => crossEntropyPoint(from + ((to - from) * i) / (count - 1)));
}

/** One point of a learning-rate schedule. */
export interface SchedulePoint {
  step: number;
  rate: number;
}

/**
 * The schedule's rate at `count` evenly spaced steps from 0 to totalSteps, plus the step where warmup ends
 * (so the peak is always drawn exactly, whatever the spacing). Uses the trainer's own learningRateAt.
 */
export function scheduleCurve(schedule: LearningRateSchedule, count: number): SchedulePoint[] {
  if (!Number.isInteger(count) || count < 2) throw new RangeError('scheduleCurve: count must be an integer ≥ 2');
  const steps = new Set<number>();
  for (let i = 0; i < count; i++) steps.add(Math.round((schedule.totalSteps * i) / (count - 1)));
  if (schedule.warmupSteps > 0 && schedule.warmupSteps <= schedule.totalSteps) {
    steps.add(schedule.warmupSteps - 1);
    steps.add(schedule.warmupSteps);
  }
  return [...steps].sort((a, b) => a - b).map((step) => ({ step, rate: learningRateAt(schedule, step) }));
}

/** The numbers a reader checks on a warmup + cosine schedule: the first, peak, halfway and final rates. */
export interface ScheduleLandmarks {
  /** Rate of step 0: peak / warmup, so the very first update is already small but not zero. */
  first: number;
  /** Step where warmup ends and the rate peaks. */
  peakStep: number;
  peak: number;
  /** Step halfway through the cosine decay, where the rate is (peak + floor) / 2. */
  halfwayStep: number;
  halfway: number;
  /** Rate at totalSteps and after. */
  final: number;
}

/** The landmarks of a schedule, all read from learningRateAt. */
export function scheduleLandmarks(schedule: LearningRateSchedule): ScheduleLandmarks {
  const peakStep = schedule.warmupSteps;
  const halfwayStep = Math.round((schedule.warmupSteps + schedule.totalSteps) / 2);
  return {
    first: learningRateAt(schedule, 0),
    peakStep,
    peak: learningRateAt(schedule, peakStep),
    halfwayStep,
    halfway: learningRateAt(schedule, halfwayStep),
    final: learningRateAt(schedule, schedule.totalSteps),
  };
}

/** How many next-token examples one sequence of n tokens gives under teacher forcing: every position but the last. */
export function examplesPerSequence(tokens: number): number {
  if (!Number.isInteger(tokens) || tokens < 0) throw new RangeError('examplesPerSequence: tokens must be a whole number');
  return Math.max(0, tokens - 1);
}
