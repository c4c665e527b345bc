// Kaplan et al. (2020), "Scaling Laws for Neural Language Models": with enough data and compute, the test loss of a
// language model falls as a power of its parameter count N (embeddings excluded): L(N) = (N_c / N)^α_N.

/** The constants of a power law L(N) = (N_c / N)^α. */
export interface PowerLaw {
  /** α: how steeply the loss falls on log-log axes (the slope is −α). */
  alpha: number;
  /** N_c: the parameter count at which the fitted loss would reach 1 nat per token. */
  criticalParams: number;
}

/** The fit Kaplan et al. report for parameters: α_N = 0.076, N_c = 8.8 × 10¹³ non-embedding parameters. */
export const KAPLAN_PARAMS: PowerLaw = { alpha: 0.076, criticalParams: 8.8e13 };

function checkPositive(name: string, value: number): void {
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`scaling law: ${name} must be a finite number > 0, got ${value}`);
}

/** The predicted loss in nats per token for N parameters: (N_c / N)^α. */
export function powerLawLoss(params: number, law: PowerLaw = KAPLAN_PARAMS): number {
  checkPositive('the parameter count', params);
  return (law.criticalParams / params) ** law.alpha;
}

/**
 * By what factor the loss changes when the parameter count is multiplied by m: L(m·N) / L(N) = m^−α, the same for
 * every N. That independence is what a straight line on log-log axes means. Doubling gives 2^−0.076 ≈ 0.949.
 */
export function lossFactor(multiplier: number, alpha = KAPLAN_PARAMS.alpha): number {
  checkPositive('the multiplier', multiplier);
  return multiplier ** -alpha;
}

/** How many times more parameters it takes to multiply the loss by f (< 1): m = f^(−1/α). */
export function multiplierForLossFactor(factor: number, alpha = KAPLAN_PARAMS.alpha): number {
  checkPositive('the loss factor', factor);
  return factor ** (-1 / alpha);
}

/** One point of the curve, with its base-10 logarithms for plotting on log-log axes. */
export interface CurvePoint {
  params: number;
  loss: number;
  log10Params: number;
  log10Loss: number;
}

/** `count` points of L(N) evenly spaced in log N from `fromParams` to `toParams`. */
export function scalingCurve(fromParams: number, toParams: number, count: number, law: PowerLaw = KAPLAN_PARAMS): CurvePoint[] {
  checkPositive('the first parameter count', fromParams);
  checkPositive('the last parameter count', toParams);
  if (!Number.isInteger(count) || count < 2) throw new RangeError(`scaling law: count must be a whole number ≥ 2, got ${count}`);
  const [a, b] = [Math.log10(fromParams), Math.log10(toParams)];
  return Array.from({ length: count }, (_, i) => {
    const log10Params = a + ((b - a) * i) / (count - 1);
    const params = 10 ** log10Params;
    const loss = powerLawLoss(params, law);
    return { params, loss, log10Params, log10Loss: Math.log10(loss) };
  });
}

/** What the doubling picture shows for a model grown `doublings` times from `start` parameters. */
export interface DoublingStep {
  /** N = start · 2^doublings. */
  params: number;
  /** L(N). */
  loss: number;
  /** L(2N). */
  nextLoss: number;
  /** L(2N) / L(N), which is 2^−α at every N. */
  ratio: number;
  /** L(N) / L(start) = 2^(−α · doublings). */
  sinceStart: number;
}

/** The loss at start · 2^doublings parameters and at twice that, with the two ratios the picture reads out. */
export function doublingStep(start: number, doublings: number, law: PowerLaw = KAPLAN_PARAMS): DoublingStep {
  if (!Number.isInteger(doublings) || doublings < 0) {
    throw new RangeError(`scaling law: doublings must be a whole number ≥ 0, got ${doublings}`);
  }
  const params = start * 2 ** doublings;
  const loss = powerLawLoss(params, law);
  const nextLoss = powerLawLoss(2 * params, law);
  return { params, loss, nextLoss, ratio: nextLoss / loss, sinceStart: loss / powerLawLoss(start, law) };
}
