import { createRng } from '../random';
import { allocFloats, hasMlp, type Floats, type GptConfig } from './config';

/** How a tensor starts: normal draws of std initStd, all ones (LayerNorm gains) or zeros (biases). */
export type ParamInit = 'normal' | 'ones' | 'zeros';

/** One named tensor inside the flat parameter buffer. */
export interface TensorSpec {
  name: string;
  shape: readonly number[];
  init: ParamInit;
  /** Matrices get weight decay under AdamW; gains and biases do not. */
  decay: boolean;
  offset: number;
  size: number;
}

/** The tensors of one transformer block, as views into the flat buffer. */
export interface LayerTensors {
  ln1Gain: Floats; ln1Bias: Floats;
  /** (C, 3C): W_q | W_k | W_v side by side, so one matmul makes queries, keys and values. */
  qkvWeight: Floats; qkvBias: Floats;
  /** (C, C): mixes the heads' outputs back into the residual stream. */
  projWeight: Floats; projBias: Floats;
  /** The second LayerNorm and the MLP: zero-length views in an attention-only model (config.mlp false). */
  ln2Gain: Floats; ln2Bias: Floats;
  /** (C, 4C) then (4C, C): the GELU MLP. */
  fcWeight: Floats; fcBias: Floats;
  outWeight: Floats; outBias: Floats;
}

/** A model's parameters (or their gradients): one contiguous buffer and a named view per tensor. */
export interface GptTensors {
  /** Every number, in the order of `specs`; optimizers and clipping work on this directly. */
  data: Floats;
  specs: readonly TensorSpec[];
  /** (V, C) token embedding. */
  tokenEmbedding: Floats;
  /** (T, C) learned position embedding. */
  positionEmbedding: Floats;
  layers: LayerTensors[];
  finalGain: Floats; finalBias: Floats;
  /** (C, V) LM head, no bias, not tied to the token embedding. */
  headWeight: Floats;
}

const layerFields: ReadonlyArray<[keyof LayerTensors, (C: number) => number[], ParamInit, boolean]> = [
  ['ln1Gain', (C) => [C], 'ones', false], ['ln1Bias', (C) => [C], 'zeros', false],
  ['qkvWeight', (C) => [C, 3 * C], 'normal', true], ['qkvBias', (C) => [3 * C], 'zeros', false],
  ['projWeight', (C) => [C, C], 'normal', true], ['projBias', (C) => [C], 'zeros', false],
  ['ln2Gain', (C) => [C], 'ones', false], ['ln2Bias', (C) => [C], 'zeros', false],
  ['fcWeight', (C) => [C, 4 * C], 'normal', true], ['fcBias', (C) => [4 * C], 'zeros', false],
  ['outWeight', (C) => [4 * C, C], 'normal', true], ['outBias', (C) => [C], 'zeros', false],
];

/** The block fields an attention-only model leaves out: the second LayerNorm and the MLP. */
const mlpFields = new Set<keyof LayerTensors>(['ln2Gain', 'ln2Bias', 'fcWeight', 'fcBias', 'outWeight', 'outBias']);

/** The block fields a config's blocks hold, in layout order. */
function blockFields(config: GptConfig) {
  return hasMlp(config) ? layerFields : layerFields.filter(([field]) => !mlpFields.has(field));
}

/** The layout of every parameter tensor: names, shapes, offsets into the flat buffer. */
export function tensorSpecs(config: GptConfig): TensorSpec[] {
  const { vocabSize: V, contextLength: T, width: C, layers } = config;
  const specs: TensorSpec[] = [];
  let offset = 0;
  const add = (name: string, shape: number[], init: ParamInit, decay: boolean) => {
    const size = shape.reduce((a, b) => a * b, 1);
    specs.push({ name, shape, init, decay, offset, size });
    offset += size;
  };
  add('tokenEmbedding', [V, C], 'normal', true);
  add('positionEmbedding', [T, C], 'normal', true);
  for (let l = 0; l < layers; l++) {
    for (const [field, shape, init, decay] of blockFields(config)) add(`layers.${l}.${field}`, shape(C), init, decay);
  }
  add('finalGain', [C], 'ones', false);
  add('finalBias', [C], 'zeros', false);
  add('headWeight', [C, V], 'normal', true);
  return specs;
}

/** Wraps a flat buffer (or a fresh zeroed one) in named views; used for weights and for gradients alike. */
export function allocTensors(config: GptConfig, data?: Floats): GptTensors {
  const specs = tensorSpecs(config);
  const total = specs[specs.length - 1].offset + specs[specs.length - 1].size;
  const buffer = data ?? allocFloats(config.dtype, total);
  if (buffer.length !== total) throw new RangeError(`expected ${total} parameters, got ${buffer.length}`);
  const views = new Map(specs.map((s) => [s.name, buffer.subarray(s.offset, s.offset + s.size) as Floats]));
  // a tensor an attention-only model leaves out is an empty view, so code that never runs the MLP needs no checks
  const view = (name: string) => views.get(name) ?? (buffer.subarray(0, 0) as Floats);
  const layers: LayerTensors[] = [];
  for (let l = 0; l < config.layers; l++) {
    const entry = {} as Record<keyof LayerTensors, Floats>;
    for (const [field] of layerFields) entry[field] = view(`layers.${l}.${field}`);
    layers.push(entry);
  }
  return {
    data: buffer, specs,
    tokenEmbedding: view('tokenEmbedding'), positionEmbedding: view('positionEmbedding'), layers,
    finalGain: view('finalGain'), finalBias: view('finalBias'), headWeight: view('headWeight'),
  };
}

/** Fresh weights: normal(0, initStd) matrices drawn from the config's seed, gains 1, biases 0. */
export function initTensors(config: GptConfig): GptTensors {
  const tensors = allocTensors(config);
  const rng = createRng(config.seed);
  for (const spec of tensors.specs) {
    const view = tensors.data.subarray(spec.offset, spec.offset + spec.size);
    if (spec.init === 'ones') view.fill(1);
    else if (spec.init === 'normal') for (let i = 0; i < view.length; i++) view[i] = rng.gaussian(0, config.initStd);
  }
  return tensors;
}

/** How many numbers the model holds (the length of its flat buffer). */
export function tensorCount(config: GptConfig): number {
  const specs = tensorSpecs(config);
  const last = specs[specs.length - 1];
  return last.offset + last.size;
}
