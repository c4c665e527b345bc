import { hsum, madd } from './simd';

/*
 * Row-wise kernels over (N, C) tensors: bias adds, column sums and LayerNorm forward and backward. Each row is
 * walked four lanes at a time and a scalar loop finishes the last C mod 4 entries. Pointers are byte addresses.
 */

/** out[n, c] += bias[c]. */
export function addBias(out: usize, bias: usize, N: i32, C: i32): void {
  const C4 = C & ~3;
  for (let n = 0; n < N; n++) {
    const row = out + (<usize>(n * C) << 2);
    let c = 0;
    for (; c < C4; c += 4) {
      const p = row + (<usize>c << 2);
      v128.store(p, f32x4.add(v128.load(p), v128.load(bias + (<usize>c << 2))));
    }
    for (; c < C; c++) {
      const p = row + (<usize>c << 2);
      store<f32>(p, load<f32>(p) + load<f32>(bias + (<usize>c << 2)));
    }
  }
}

/** out[n, c] += residual[n, c] + bias[c]. */
export function addResidualAndBias(out: usize, residual: usize, bias: usize, N: i32, C: i32): void {
  const C4 = C & ~3;
  for (let n = 0; n < N; n++) {
    const offset = <usize>(n * C) << 2;
    let c = 0;
    for (; c < C4; c += 4) {
      const p = out + offset + (<usize>c << 2);
      const sum = f32x4.add(v128.load(residual + offset + (<usize>c << 2)), v128.load(bias + (<usize>c << 2)));
      v128.store(p, f32x4.add(v128.load(p), sum));
    }
    for (; c < C; c++) {
      const p = out + offset + (<usize>c << 2);
      store<f32>(p, load<f32>(p) + (load<f32>(residual + offset + (<usize>c << 2)) + load<f32>(bias + (<usize>c << 2))));
    }
  }
}

/** dBias[c] += Σ_n dy[n, c]. */
export function addColumnSums(dBias: usize, dy: usize, N: i32, C: i32): void {
  const C4 = C & ~3;
  for (let n = 0; n < N; n++) {
    const row = dy + (<usize>(n * C) << 2);
    let c = 0;
    for (; c < C4; c += 4) {
      const p = dBias + (<usize>c << 2);
      v128.store(p, f32x4.add(v128.load(p), v128.load(row + (<usize>c << 2))));
    }
    for (; c < C; c++) {
      const p = dBias + (<usize>c << 2);
      store<f32>(p, load<f32>(p) + load<f32>(row + (<usize>c << 2)));
    }
  }
}

/** LayerNorm of each row: out = (x − mean)·rstd·gain + bias, keeping mean and rstd = 1/√(var + ε). */
export function layerNormForward(
  out: usize, mean: usize, rstd: usize, x: usize, gain: usize, bias: usize, N: i32, C: i32, epsilon: f32,
): void {
  const C4 = C & ~3;
  for (let n = 0; n < N; n++) {
    const offset = <usize>(n * C) << 2;
    const xr = x + offset;
    let acc = f32x4.splat(0);
    let c = 0;
    for (; c < C4; c += 4) acc = f32x4.add(acc, v128.load(xr + (<usize>c << 2)));
    let sum = hsum(acc);
    for (; c < C; c++) sum += load<f32>(xr + (<usize>c << 2));
    const mu = sum / <f32>C;
    const muv = f32x4.splat(mu);
    acc = f32x4.splat(0);
    c = 0;
    for (; c < C4; c += 4) {
      const d = f32x4.sub(v128.load(xr + (<usize>c << 2)), muv);
      acc = madd(d, d, acc);
    }
    let squares = hsum(acc);
    for (; c < C; c++) { const d = load<f32>(xr + (<usize>c << 2)) - mu; squares += d * d; }
    const r: f32 = 1.0 / Mathf.sqrt(squares / <f32>C + epsilon);
    store<f32>(mean + (<usize>n << 2), mu);
    store<f32>(rstd + (<usize>n << 2), r);
    const rv = f32x4.splat(r);
    const orow = out + offset;
    c = 0;
    for (; c < C4; c += 4) {
      const q = <usize>c << 2;
      const xhat = f32x4.mul(f32x4.sub(v128.load(xr + q), muv), rv);
      v128.store(orow + q, madd(xhat, v128.load(gain + q), v128.load(bias + q)));
    }
    for (; c < C; c++) {
      const q = <usize>c << 2;
      store<f32>(orow + q, (load<f32>(xr + q) - mu) * r * load<f32>(gain + q) + load<f32>(bias + q));
    }
  }
}

/** LayerNorm backward: dx += r·(ĝ − mean(ĝ) − x̂·mean(ĝ·x̂)) with ĝ = dy·gain; gain and bias gradients added. */
export function layerNormBackward(
  dx: usize, dGain: usize, dBias: usize, dy: usize, x: usize, mean: usize, rstd: usize, gain: usize, N: i32, C: i32,
): void {
  const C4 = C & ~3;
  for (let n = 0; n < N; n++) {
    const offset = <usize>(n * C) << 2;
    const mu = load<f32>(mean + (<usize>n << 2));
    const r = load<f32>(rstd + (<usize>n << 2));
    const muv = f32x4.splat(mu);
    const rv = f32x4.splat(r);
    let accG = f32x4.splat(0);
    let accGX = f32x4.splat(0);
    let c = 0;
    for (; c < C4; c += 4) {
      const q = <usize>c << 2;
      const xhat = f32x4.mul(f32x4.sub(v128.load(x + offset + q), muv), rv);
      const d = v128.load(dy + offset + q);
      const g = f32x4.mul(d, v128.load(gain + q));
      accG = f32x4.add(accG, g);
      accGX = madd(g, xhat, accGX);
      v128.store(dGain + q, madd(d, xhat, v128.load(dGain + q)));
      v128.store(dBias + q, f32x4.add(v128.load(dBias + q), d));
    }
    let meanG = hsum(accG);
    let meanGX = hsum(accGX);
    for (; c < C; c++) {
      const q = <usize>c << 2;
      const xhat = (load<f32>(x + offset + q) - mu) * r;
      const d = load<f32>(dy + offset + q);
      const g = d * load<f32>(gain + q);
      meanG += g;
      meanGX += g * xhat;
      store<f32>(dGain + q, load<f32>(dGain + q) + d * xhat);
      store<f32>(dBias + q, load<f32>(dBias + q) + d);
    }
    meanG /= <f32>C;
    meanGX /= <f32>C;
    const mg = f32x4.splat(meanG);
    const mgx = f32x4.splat(meanGX);
    c = 0;
    for (; c < C4; c += 4) {
      const q = <usize>c << 2;
      const xhat = f32x4.mul(f32x4.sub(v128.load(x + offset + q), muv), rv);
      const g = f32x4.mul(v128.load(dy + offset + q), v128.load(gain + q));
      const t = f32x4.sub(f32x4.sub(g, mg), f32x4.mul(xhat, mgx));
      const p = dx + offset + q;
      v128.store(p, madd(rv, t, v128.load(p)));
    }
    for (; c < C; c++) {
      const q = <usize>c << 2;
      const xhat = (load<f32>(x + offset + q) - mu) * r;
      const g = load<f32>(dy + offset + q) * load<f32>(gain + q);
      const p = dx + offset + q;
      store<f32>(p, load<f32>(p) + r * (g - meanG - xhat * meanGX));
    }
  }
}
