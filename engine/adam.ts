/** One Adam step's inputs besides the parameters: the optimizer's settings and the step number. */
export interface AdamStepSettings {
  /** t: the number of this update, 1 for the first; the bias corrections divide by 1 − βᵗ. */
  step: number;
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

/** The parameters and moments after one Adam step (new arrays; the inputs are left as they were). */
export interface AdamStepResult {
  params: number[];
  m: number[];
  v: number[];
}

/**
 * One Adam update of a list of parameters, as a pure function (adamUpdate in gpt/optimizer.ts does the same in place
 * for a whole model): m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − lr·m̂/(√v̂ + ε), with m̂ = m/(1−β₁ᵗ) and
 * v̂ = v/(1−β₂ᵗ) correcting for moments that start at 0. No weight decay.
 */
export function adamStep(params: readonly number[], grads: readonly number[], m: readonly number[], v: readonly number[], settings: AdamStepSettings): AdamStepResult {
  const { step, learningRate, beta1, beta2, epsilon } = settings;
  const n = params.length;
  if (grads.length !== n || m.length !== n || v.length !== n) {
    throw new RangeError(`adamStep: ${n} parameters but ${grads.length} gradients, ${m.length} and ${v.length} moments`);
  }
  if (!Number.isInteger(step) || step < 1) throw new RangeError(`adamStep: step must be a whole number ≥ 1, got ${step}`);
  const correction1 = 1 - beta1 ** step;
  const correction2 = 1 - beta2 ** step;
  const newM = grads.map((g, i) => beta1 * m[i] + (1 - beta1) * g);
  const newV = grads.map((g, i) => beta2 * v[i] + (1 - beta2) * g * g);
  const newParams = params.map((p, i) => p - (learningRate * (newM[i] / correction1)) / (Math.sqrt(newV[i] / correction2) + epsilon));
  return { params: newParams, m: newM, v: newV };
}
