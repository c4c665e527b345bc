/** The element type every tensor of a model uses: float64 for gradient checks, float32 for training. */
export type Dtype = 'float32' | 'float64';

/** A flat tensor of either precision; every kernel accepts both. */
export type Floats = Float32Array | Float64Array;

/** Everything that fixes the shape and the starting point of a tiny GPT. */
export interface GptConfig {
  /** V: how many distinct tokens there are (rows of the token embedding, columns of the LM head). */
  vocabSize: number;
  /** T: the longest sequence the model reads; the learned position embedding has one row per position. */
  contextLength: number;
  /** C (d): the width of the residual stream, split evenly across the heads. */
  width: number;
  /** H: attention heads per layer; each has head size hs = C / H. */
  heads: number;
  /** L: how many transformer blocks are stacked. */
  layers: number;
  /** Precision of weights, activations and gradients. */
  dtype: Dtype;
  /** Seed of the generator that draws the initial weights: the same seed gives the same model. */
  seed: number;
  /** Standard deviation of the normal initial weights (GPT-2 uses 0.02); gains start at 1, biases at 0. */
  initStd: number;
  /** Added to the variance inside LayerNorm so a constant row never divides by zero. */
  layerNormEpsilon: number;
  /**
   * false: an attention-only model, whose blocks have no MLP and no second LayerNorm (the setting in which induction
   * heads were first studied). Left out or true: every block has its MLP, as in GPT-2.
   */
  mlp?: boolean;
}

/** The defaults used when a field is left out: a model small enough to train in a browser tab. */
export const defaultGptConfig: GptConfig = {
  vocabSize: 27,
  contextLength: 16,
  width: 32,
  heads: 4,
  layers: 2,
  dtype: 'float32',
  seed: 1234,
  initStd: 0.02,
  layerNormEpsilon: 1e-5,
};

function requireInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`GptConfig.${name} must be an integer ≥ ${min} (got ${value})`);
  }
}

/** Fills in defaults and rejects a shape that cannot work (for example a width the heads do not divide). */
export function makeGptConfig(overrides: Partial<GptConfig> = {}): GptConfig {
  const config: GptConfig = { ...defaultGptConfig, ...overrides };
  requireInteger('vocabSize', config.vocabSize, 2);
  requireInteger('contextLength', config.contextLength, 1);
  requireInteger('width', config.width, 1);
  requireInteger('heads', config.heads, 1);
  requireInteger('layers', config.layers, 1);
  if (config.width % config.heads !== 0) {
    throw new RangeError(`GptConfig.width (${config.width}) must be a multiple of heads (${config.heads})`);
  }
  if (config.dtype !== 'float32' && config.dtype !== 'float64') {
    throw new RangeError(`GptConfig.dtype must be 'float32' or 'float64' (got ${String(config.dtype)})`);
  }
  if (!(config.initStd >= 0) || !Number.isFinite(config.initStd)) {
    throw new RangeError('GptConfig.initStd must be a finite number ≥ 0');
  }
  if (!(config.layerNormEpsilon > 0)) throw new RangeError('GptConfig.layerNormEpsilon must be positive');
  if (config.mlp !== undefined && typeof config.mlp !== 'boolean') {
    throw new RangeError(`GptConfig.mlp must be true or false (got ${String(config.mlp)})`);
  }
  return config;
}

/** Allocates a zeroed tensor of the config's precision. */
export function allocFloats(dtype: Dtype, length: number): Floats {
  return dtype === 'float64' ? new Float64Array(length) : new Float32Array(length);
}

/** True unless the config asks for an attention-only model (mlp: false). */
export function hasMlp(config: Pick<GptConfig, 'mlp'>): boolean {
  return config.mlp !== false;
}
