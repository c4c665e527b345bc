/** A learning-rate schedule: linear warmup from 0, then a cosine decay to a floor. */
export interface LearningRateSchedule {
  /** The peak rate, reached at the end of warmup. */
  maxRate: number;
  /** The rate the cosine ends at (and stays at afterwards). */
  minRate: number;
  /** Steps of linear warmup. */
  warmupSteps: number;
  /** Step at which the cosine reaches minRate. */
  totalSteps: number;
}

/**
 * The rate for a 0-based step: (step + 1)/warmup · max during warmup (so step 0 already moves), then
 * min + ½(max − min)(1 + cos(π·progress)) with progress going from 0 at the end of warmup to 1 at totalSteps.
 */
export function learningRateAt(schedule: LearningRateSchedule, step: number): number {
  const { maxRate, minRate, warmupSteps, totalSteps } = schedule;
  if (step < warmupSteps) return (maxRate * (step + 1)) / warmupSteps;
  if (step >= totalSteps) return minRate;
  const progress = (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
  return minRate + 0.5 * (maxRate - minRate) * (1 + Math.cos(Math.PI * progress));
}

/** A schedule that holds one rate forever (no warmup, no decay). */
export function constantRate(rate: number): LearningRateSchedule {
  return { maxRate: rate, minRate: rate, warmupSteps: 0, totalSteps: 0 };
}
