import * as tf from '@tensorflow/tfjs-core';
import type { GptTensors } from '../engine/gpt/params';
import type { BenchConfig } from './configs';

/*
 * The same tiny GPT in TensorFlow.js, after the reference benchmark's model: pre-norm blocks (LayerNorm → causal
 * multi-head attention with W_q|W_k|W_v as one C×3C matrix → W_o → residual; LayerNorm → C→4C GELU(tanh) → 4C→C
 * → residual), final LayerNorm, untied LM head, mean cross-entropy over all positions. The embedding is a one-hot
 * matmul, as in the reference; on the wasm backend the weight products take its fast path (WeightProducts). Weights are copied from the engine's initial parameters so both start identical.
 */

interface TfLayer {
  ln1Gain: tf.Variable; ln1Bias: tf.Variable; qkvWeight: tf.Variable; qkvBias: tf.Variable;
  projWeight: tf.Variable; projBias: tf.Variable; ln2Gain: tf.Variable; ln2Bias: tf.Variable;
  fcWeight: tf.Variable; fcBias: tf.Variable; outWeight: tf.Variable; outBias: tf.Variable;
}

/** The model's variables, named like the engine's tensors. */
export interface TfGpt {
  tokenEmbedding: tf.Variable; positionEmbedding: tf.Variable; layers: TfLayer[];
  finalGain: tf.Variable; finalBias: tf.Variable; headWeight: tf.Variable;
  variables: tf.Variable[];
}

/** Builds tfjs variables holding exactly the engine's weights. */
export function tfGptFrom(params: GptTensors): TfGpt {
  const variables: tf.Variable[] = [];
  const byName = new Map(params.specs.map((s) => [s.name, s]));
  const make = (name: string) => {
    const spec = byName.get(name);
    if (!spec) throw new Error(`no tensor ${name}`);
    const data = Float32Array.from(params.data.subarray(spec.offset, spec.offset + spec.size));
    const v = tf.variable(tf.tensor(data, [...spec.shape], 'float32'), true, name);
    variables.push(v);
    return v;
  };
  const fields = ['ln1Gain', 'ln1Bias', 'qkvWeight', 'qkvBias', 'projWeight', 'projBias', 'ln2Gain', 'ln2Bias',
    'fcWeight', 'fcBias', 'outWeight', 'outBias'] as const;
  const tokenEmbedding = make('tokenEmbedding');
  const positionEmbedding = make('positionEmbedding');
  const layers = params.layers.map((_, l) => {
    const layer = {} as Record<(typeof fields)[number], tf.Variable>;
    for (const f of fields) layer[f] = make(`layers.${l}.${f}`);
    return layer;
  });
  return {
    tokenEmbedding, positionEmbedding, layers,
    finalGain: make('finalGain'), finalBias: make('finalBias'), headWeight: make('headWeight'), variables,
  };
}

function layerNorm(x: tf.Tensor, gain: tf.Tensor, bias: tf.Tensor): tf.Tensor {
  const mean = tf.mean(x, -1, true);
  const centred = tf.sub(x, mean);
  const variance = tf.mean(tf.square(centred), -1, true);
  return tf.add(tf.mul(tf.mul(centred, tf.rsqrt(tf.add(variance, 1e-5))), gain), bias);
}

const GELU_SCALE = Math.sqrt(2 / Math.PI);
function gelu(x: tf.Tensor): tf.Tensor {
  const cubic = tf.mul(tf.mul(x, x), x);
  const inner = tf.mul(tf.add(x, tf.mul(cubic, 0.044715)), GELU_SCALE);
  return tf.mul(tf.mul(x, 0.5), tf.add(tf.tanh(inner), 1));
}

// tf.oneHot's float32 output is wrong on some backends; building int32 and casting is correct everywhere.
const oneHot = (ids: tf.Tensor1D, depth: number) => tf.cast(tf.oneHot(ids, depth), 'float32');

/**
 * How the 2-D weight products are differentiated. 'plain' is tf.matMul as is; 'xpose' writes both gradients as an
 * explicit tf.transpose followed by a plain matMul. The wasm backend runs XNNPACK only for matMul without transpose
 * flags (a naive loop otherwise), so 'xpose' is its fast path; the math is the same.
 */
export type WeightProducts = 'plain' | 'xpose';

const transposedGradients = tf.customGrad((a, b, save) => {
  (save as tf.GradSaveFunc)([a as tf.Tensor2D, b as tf.Tensor2D]);
  return {
    value: tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [sa, sb] = saved as tf.Tensor2D[];
      return [tf.matMul(dy as tf.Tensor2D, tf.transpose(sb)), tf.matMul(tf.transpose(sa), dy as tf.Tensor2D)];
    },
  };
}) as (a: tf.Tensor, b: tf.Tensor) => tf.Tensor2D;

const weightProduct = (mode: WeightProducts) => (mode === 'xpose' ? transposedGradients : (a: tf.Tensor, b: tf.Tensor) => tf.matMul(a, b));

/** Mean next-token cross-entropy of a batch (inputs and targets are (B·T) int32). */
export function tfLoss(
  model: TfGpt, config: BenchConfig, mask: tf.Tensor, inputs: tf.Tensor1D, targets: tf.Tensor1D, products: WeightProducts = 'plain',
): tf.Scalar {
  const { vocabSize: V, contextLength: T, width: C, heads: H, batchSize: B } = config;
  const mm = weightProduct(products);
  const hs = C / H;
  const N = B * T;
  // (N, V) x (V, C) -> (N, C), plus the position rows broadcast over the batch
  const tokens = mm(oneHot(inputs, V), model.tokenEmbedding);
  let h = tf.reshape(tf.add(tf.reshape(tokens, [B, T, C]), model.positionEmbedding), [N, C]);
  // (N, C) -> (B, H, T, hs)
  const heads = (t: tf.Tensor) => tf.transpose(tf.reshape(t, [B, T, H, hs]), [0, 2, 1, 3]);
  const scale = 1 / Math.sqrt(hs);
  for (const layer of model.layers) {
    const a = layerNorm(h, layer.ln1Gain, layer.ln1Bias);
    const qkv = tf.add(mm(a, layer.qkvWeight), layer.qkvBias); // (N, 3C)
    const [q, k, v] = tf.split(qkv, 3, 1);
    // (B, H, T, hs) x (B, H, hs, T) -> (B, H, T, T)
    const scores = tf.add(tf.mul(tf.matMul(heads(q), heads(k), false, true), scale), mask);
    const weights = tf.softmax(scores);
    // (B, H, T, T) x (B, H, T, hs) -> (B, H, T, hs) -> (N, C)
    const ctx = tf.reshape(tf.transpose(tf.matMul(weights, heads(v)), [0, 2, 1, 3]), [N, C]);
    h = tf.add(h, tf.add(mm(ctx, layer.projWeight), layer.projBias));
    const m = layerNorm(h, layer.ln2Gain, layer.ln2Bias);
    const up = gelu(tf.add(mm(m, layer.fcWeight), layer.fcBias)); // (N, 4C)
    h = tf.add(h, tf.add(mm(up, layer.outWeight), layer.outBias));
  }
  const logits = mm(layerNorm(h, model.finalGain, model.finalBias), model.headWeight); // (N, V)
  return tf.neg(tf.mean(tf.sum(tf.mul(oneHot(targets, V), tf.logSoftmax(logits)), 1))) as tf.Scalar;
}

/** The additive causal mask: 0 on and below the diagonal, −1e9 above it. */
export function causalMask(T: number): tf.Tensor2D {
  const values = new Float32Array(T * T);
  for (let i = 0; i < T; i++) for (let j = i + 1; j < T; j++) values[i * T + j] = -1e9;
  return tf.tensor2d(values, [T, T]);
}
