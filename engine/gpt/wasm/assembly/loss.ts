import { expv, exps, hsum } from './simd';

/*
 * Softmax cross-entropy over rows of logits (N, V) with int32 targets (a negative target is skipped). Returns the
 * summed loss; when grad is not 0, writes (p − onehot)·scale into it (scale = 1/count, given by the caller).
 * The exponentials of (logit − max) ≤ 0 run four lanes at a time.
 */
export function crossEntropy(logits: usize, targets: usize, N: i32, V: i32, grad: usize, scale: f32): f64 {
  let total: f64 = 0;
  const whole = V & ~3;
  for (let n = 0; n < N; n++) {
    const row = logits + (<usize>(n * V) << 2);
    const target = load<i32>(targets + (<usize>n << 2));
    let max: f32 = -Infinity;
    for (let v = 0; v < V; v++) max = Mathf.max(max, load<f32>(row + (<usize>v << 2)));
    const mv = f32x4.splat(max);
    let acc = f32x4.splat(0);
    let v = 0;
    for (; v < whole; v += 4) acc = f32x4.add(acc, expv(f32x4.sub(v128.load(row + (<usize>v << 2)), mv)));
    let sum = hsum(acc);
    for (; v < V; v++) sum += exps(load<f32>(row + (<usize>v << 2)) - max);
    const logSum = Mathf.log(sum) + max;
    if (target >= 0) total += <f64>(logSum - load<f32>(row + (<usize>target << 2)));
    if (grad == 0) continue;
    const g = grad + (<usize>(n * V) << 2);
    const s = f32x4.splat(target >= 0 ? scale : 0);
    const lv = f32x4.splat(logSum);
    v = 0;
    for (; v < whole; v += 4) {
      const q = <usize>v << 2;
      v128.store(g + q, f32x4.mul(expv(f32x4.sub(v128.load(row + q), lv)), s));
    }
    for (; v < V; v++) {
      const q = <usize>v << 2;
      store<f32>(g + q, exps(load<f32>(row + q) - logSum) * (target >= 0 ? scale : 0));
    }
    if (target >= 0) store<f32>(g + (<usize>target << 2), load<f32>(g + (<usize>target << 2)) - scale);
  }
  return total;
}
