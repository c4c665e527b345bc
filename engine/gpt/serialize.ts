import { makeGptConfig, type GptConfig } from './config';
import { allocTensors, tensorSpecs } from './params';
import type { GptModel } from './forward';

/** The format tag written into every saved model. */
export const SAVED_MODEL_FORMAT = 'tiny-gpt-weights';
/** The version of the saved format; loadModel refuses any other. */
export const SAVED_MODEL_VERSION = 1;

/** A saved model as JSON: its config, its tensor list and every weight as little-endian float32, base64-encoded. */
export interface SavedModel {
  format: typeof SAVED_MODEL_FORMAT;
  version: number;
  config: GptConfig;
  tensors: { name: string; shape: number[] }[];
  weights: string;
}

/** Why a saved model could not be loaded, in words a reader can act on. */
export class ModelLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelLoadError';
  }
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63] : '=';
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0 || /[^A-Za-z0-9+/=]/.test(text)) throw new ModelLoadError('weights are not valid base64');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  for (let i = 0, o = 0; i < text.length; i += 4) {
    const n = (BASE64.indexOf(text[i]) << 18) | (BASE64.indexOf(text[i + 1]) << 12)
      | ((BASE64.indexOf(text[i + 2]) & 63) << 6) | (BASE64.indexOf(text[i + 3]) & 63);
    if (o < bytes.length) bytes[o++] = (n >> 16) & 255;
    if (o < bytes.length) bytes[o++] = (n >> 8) & 255;
    if (o < bytes.length) bytes[o++] = n & 255;
  }
  return bytes;
}

/** Saves a model as a JSON string (weights rounded to float32). */
export function saveModel(model: GptModel): string {
  const data = model.params.data;
  const view = new DataView(new ArrayBuffer(data.length * 4));
  for (let i = 0; i < data.length; i++) view.setFloat32(i * 4, data[i], true);
  const saved: SavedModel = {
    format: SAVED_MODEL_FORMAT,
    version: SAVED_MODEL_VERSION,
    config: model.config,
    tensors: model.params.specs.map((s) => ({ name: s.name, shape: [...s.shape] })),
    weights: toBase64(new Uint8Array(view.buffer)),
  };
  return JSON.stringify(saved);
}

/** Loads a model saved by saveModel, checking format, version, config, every tensor's shape and that all weights are finite. */
export function loadModel(text: string): GptModel {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ModelLoadError('the file is not JSON, so it is not a saved model');
  }
  const saved = raw as Partial<SavedModel> | null;
  if (!saved || typeof saved !== 'object' || saved.format !== SAVED_MODEL_FORMAT) {
    throw new ModelLoadError(`not a saved model: the format tag should be "${SAVED_MODEL_FORMAT}"`);
  }
  if (saved.version !== SAVED_MODEL_VERSION) {
    throw new ModelLoadError(`saved with format version ${String(saved.version)}; this app reads version ${SAVED_MODEL_VERSION}`);
  }
  let config: GptConfig;
  try {
    config = makeGptConfig(saved.config ?? {});
  } catch (error) {
    throw new ModelLoadError(`the saved config is invalid: ${(error as Error).message}`);
  }
  const specs = tensorSpecs(config);
  const listed = Array.isArray(saved.tensors) ? saved.tensors : [];
  if (listed.length !== specs.length) {
    throw new ModelLoadError(`expected ${specs.length} tensors for this config, found ${listed.length}`);
  }
  specs.forEach((spec, i) => {
    const entry = listed[i];
    if (!entry || entry.name !== spec.name || !Array.isArray(entry.shape) || entry.shape.join('×') !== spec.shape.join('×')) {
      throw new ModelLoadError(
        `tensor ${i} should be ${spec.name} of shape ${spec.shape.join('×')}, `
        + `found ${entry?.name} of shape ${entry?.shape?.join?.('×')}`);
    }
  });
  const bytes = fromBase64(typeof saved.weights === 'string' ? saved.weights : '');
  const total = specs[specs.length - 1].offset + specs[specs.length - 1].size;
  if (bytes.length !== total * 4) {
    throw new ModelLoadError(`expected ${total} weights (${total * 4} bytes), found ${bytes.length} bytes`);
  }
  const params = allocTensors(config);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < total; i++) {
    const value = view.getFloat32(i * 4, true);
    if (!Number.isFinite(value)) {
      const spec = specs.find((s) => i >= s.offset && i < s.offset + s.size);
      throw new ModelLoadError(`weight ${i - (spec?.offset ?? 0)} of ${spec?.name} is ${value}; a model must hold finite numbers`);
    }
    params.data[i] = value;
  }
  return { config, params };
}

/**
 * A model from a worker snapshot: the config and the flat float32 weights (in tensor-spec order). Checks the
 * length and that every weight is finite, so a page never draws from a broken model.
 */
export function modelFromWeights(config: GptConfig, weights: ArrayBuffer | ArrayLike<number>): GptModel {
  const checked = makeGptConfig(config);
  const values = weights instanceof ArrayBuffer ? new Float32Array(weights) : weights;
  const params = allocTensors(checked);
  if (values.length !== params.data.length) {
    throw new ModelLoadError(`expected ${params.data.length} weights for this config, got ${values.length}`);
  }
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new ModelLoadError(`weight ${i} is ${values[i]}; a model must hold finite numbers`);
    params.data[i] = values[i];
  }
  return { config: checked, params };
}
