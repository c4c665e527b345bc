/*
 * Softmax cross-entropy over rows of logits (N, V) with int32 targets (a negative target is skipped). Returns the
 * summed loss; when grad is not 0, writes (p − onehot)·scale into it (scale = 1/count, given by the caller).
 */
export function crossEntropy(logits: usize, targets: usize, N: i32, V: i32, grad: usize, scale: f32): f64 {
  let total: f64 = 0;
  for (let n = 0; n < N; n++) {
    const row = logits + (<usize>(n * V) << 2);
    const target = load<i32>(targets + (<usize>n << 2));
    let max: f32 = -Infinity;
    for (let v = 0; v < V; v++) max = Mathf.max(max, load<f32>(row + (<usize>v << 2)));
    let sum: f32 = 0;
    for (let v = 0; v < V; v++) sum += Mathf.exp(load<f32>(row + (<usize>v << 2)) - max);
    const logSum = Mathf.log(sum) + max;
    if (target >= 0) total += <f64>(logSum - load<f32>(row + (<usize>target << 2)));
    if (grad != 0) {
      const g = grad + (<usize>(n * V) << 2);
      for (let v = 0; v < V; v++) {
        const p = Mathf.exp(load<f32>(row + (<usize>v << 2)) - logSum);
        store<f32>(g + (<usize>v << 2), target >= 0 ? p * scale : 0);
      }
      if (target >= 0) store<f32>(g + (<usize>target << 2), load<f32>(g + (<usize>target << 2)) - scale);
    }
  }
  return total;
}
