import type { Floats } from '../config';
import type { KernelSet } from '../kernelSet';
import type { AdamState } from '../optimizer';
import type { KernelArena } from './instance';

/** What the WebAssembly kernels need besides the tensors: the token buffer, gemm scratch and the decay mask. */
export interface KernelScratch {
  /** Room for the targets of one batch (N int32), copied in when they come from elsewhere. */
  targets: Int32Array;
  /** Scratch for gemm's packed panels. */
  gemm: Float32Array;
  /** 1 where weight decay applies, 0 elsewhere: the optimizer's decayMask as floats. */
  decay: Float32Array;
}

/**
 * The KernelSet backed by one arena's WebAssembly SIMD kernels. Every tensor passed in must be a view into the
 * arena (address() throws otherwise), so no call copies anything across: only the kernel's arguments cross.
 */
export function wasmKernels(arena: KernelArena, scratch: KernelScratch): KernelSet {
  const k = arena.exports;
  const at = arena.address;
  const work = at(scratch.gemm);
  return {
    path: arena.path,
    matmul(out, x, w, M, K, N, accumulate = false) {
      k.gemm(M, N, K, at(x), K, 1, at(w), N, 1, at(out), N, accumulate ? 1 : 0, work, 0);
    },
    matmulTransposedB(out, dy, w, M, N, K, accumulate = false) {
      k.gemm(M, K, N, at(dy), N, 1, at(w), 1, N, at(out), K, accumulate ? 1 : 0, work, 0);
    },
    matmulTransposedA(out, x, dy, M, K, N, accumulate = true) {
      k.gemm(K, N, M, at(x), 1, K, at(dy), N, 1, at(out), N, accumulate ? 1 : 0, work, 0);
    },
    addBias: (out, bias, N, C) => k.addBias(at(out), at(bias), N, C),
    addResidualAndBias: (out, residual, bias, N, C) => k.addResidualAndBias(at(out), at(residual), at(bias), N, C),
    addColumnSums: (dBias, dy, N, C) => k.addColumnSums(at(dBias), at(dy), N, C),
    layerNormForward(out, mean, rstd, x, gain, bias, N, C, epsilon) {
      k.layerNormForward(at(out), at(mean), at(rstd), at(x), at(gain), at(bias), N, C, epsilon);
    },
    layerNormBackward(dx, dGain, dBias, dy, x, mean, rstd, gain, N, C) {
      k.layerNormBackward(at(dx), at(dGain), at(dBias), at(dy), at(x), at(mean), at(rstd), at(gain), N, C);
    },
    geluForward: (out, tanhOut, x, length) => k.geluForward(at(out), at(tanhOut), at(x), length),
    geluBackward: (dy, x, tanhOut, length) => k.geluBackward(at(dy), at(x), at(tanhOut), length),
    causalAttentionForward(ctx, probs, qkv, B, T, C, H) {
      k.attentionForward(at(ctx), at(probs), at(qkv), B, T, C, H, work);
    },
    causalAttentionBackward(dqkv, dctx, probs, qkv, B, T, C, H, ds) {
      k.attentionBackward(at(dqkv), at(dctx), at(probs), at(qkv), B, T, C, H, at(ds), work);
    },
    crossEntropy(logits, targets, N, V, grad) {
      let count = 0;
      for (let n = 0; n < N; n++) if (targets[n] >= 0) count++;
      const inArena = targets instanceof Int32Array && targets.buffer === scratch.targets.buffer;
      if (!inArena && N > scratch.targets.length) throw new RangeError(`at most ${scratch.targets.length} targets`);
      if (!inArena) for (let n = 0; n < N; n++) scratch.targets[n] = targets[n];
      const where = inArena ? at(targets as Int32Array) : at(scratch.targets);
      const scale = count > 0 ? 1 / count : 0;
      const total = k.crossEntropy(at(logits), where, N, V, grad ? at(grad) : 0, scale);
      return { loss: count > 0 ? total / count : NaN, count };
    },
    adamUpdate(state: AdamState, weights: Floats, grads: Floats, learningRate: number) {
      const { beta1, beta2, epsilon, weightDecay } = state.options;
      state.step += 1;
      const c1 = 1 / (1 - Math.pow(beta1, state.step));
      const c2 = 1 / (1 - Math.pow(beta2, state.step));
      k.adamUpdate(at(weights), at(grads), at(state.firstMoment), at(state.secondMoment), at(scratch.decay),
        weights.length, beta1, beta2, c1, c2, epsilon, learningRate, learningRate * weightDecay);
    },
  };
}
