import { beforeAll, describe, expect, it } from 'vitest';
import { forwardSequence } from '../../../engine/gpt/forward';
import { GRADIENT_TOLERANCE } from '../../../engine/worker/checkGradients';
import { readToWorker, type FromWorker, type TrainingSetup } from '../../../engine/worker/protocol';
import { advance, createSession, snapshot } from '../../../engine/worker/session';

// A repeating five-letter text, as in the worker's other tests; initStd 0.3 keeps every gradient well above rounding.
const text = Array.from({ length: 400 }, (_, i) => i % 5);
const setup = (overrides: Partial<TrainingSetup> = {}): TrainingSetup => ({
  model: { vocabSize: 5, contextLength: 8, width: 16, heads: 2, layers: 1, seed: 1, initStd: 0.3 },
  train: text, heldOut: text.slice(0, 40), batchSize: 4,
  schedule: { maxRate: 1e-2, minRate: 1e-3, warmupSteps: 2, totalSteps: 0 },
  heldOutEvery: 0, ...overrides,
});

/** A session trained for a few steps, and its weights as a snapshot posts them. */
function trained(steps: number) {
  const session = createSession(setup());
  for (let i = 0; i < steps; i++) advance(session, 0);
  return { session, weights: snapshot(session).weights };
}

describe('resuming a training session from saved weights', () => {
  it('accepts saved weights and a gradient check request, and refuses a weights field that is not a buffer', () => {
    expect(readToWorker({ type: 'gradcheck' })).toEqual({ type: 'gradcheck' });
    expect(readToWorker({ type: 'init', setup: setup(), weights: [1, 2, 3] })).toEqual({
      invalid: 'init weights must be an ArrayBuffer and step a whole number ≥ 0',
    });
    expect(readToWorker({ type: 'reset', weights: new ArrayBuffer(8), step: -1 })).toHaveProperty('invalid');
    expect(readToWorker({ type: 'reset', weights: new ArrayBuffer(8), step: 1.5 })).toHaveProperty('invalid');
    expect(readToWorker({ type: 'fly' })).toHaveProperty('invalid');
  });

  it('refuses a weights buffer of the wrong length or holding a non-finite number, naming the problem', () => {
    const { weights } = trained(0);
    const count = weights.byteLength / 4;
    expect(() => createSession(setup(), { weights: weights.slice(4) })).toThrow(
      `saved weights: expected ${count} weights for this config, got ${count - 1}`,
    );
    const broken = new Float32Array(weights.slice(0));
    broken[3] = Number.NaN;
    expect(() => createSession(setup(), { weights: broken.buffer })).toThrow(/saved weights: weight 3 is NaN/);
    broken[3] = Number.POSITIVE_INFINITY;
    expect(() => createSession(setup(), { weights: broken.buffer })).toThrow(/weight 3 is Infinity/);
  });

  it('gives the same logits and step as the model it was saved from', () => {
    const { session, weights } = trained(6);
    const resumed = createSession(setup(), { weights, step: 6 });
    expect(resumed.trainer.step).toBe(6);
    const input = [0, 1, 2, 3, 4, 0];
    const saved = forwardSequence(session.trainer.model, input).logits;
    const again = forwardSequence(resumed.trainer.model, input).logits;
    expect(again.map((row) => Array.from(row))).toEqual(saved.map((row) => Array.from(row)));
    // A fresh session from the same seed gives different logits: the resume really loaded the trained weights.
    const fresh = forwardSequence(createSession(setup()).trainer.model, input).logits;
    expect(Array.from(fresh[5])).not.toEqual(Array.from(saved[5]));
  });
});

describe('the training worker module with saved weights and gradient checks', () => {
  const posted: FromWorker[] = [];
  let send: (data: unknown) => void;
  beforeAll(async () => {
    const scope = globalThis as unknown as { postMessage: (m: FromWorker) => void; onmessage: ((e: { data: unknown }) => void) | null };
    scope.postMessage = (message) => posted.push(message);
    await import('../../../engine/worker/training.worker');
    send = (data) => scope.onmessage?.({ data });
  });

  it('answers a bad weights buffer with an error and keeps the run it had', () => {
    posted.length = 0;
    send({ type: 'init', setup: setup() });
    expect(posted[0]).toMatchObject({ type: 'ready', step: 0 });
    send({ type: 'reset', weights: new ArrayBuffer(12), step: 3 });
    expect(posted.at(-1)).toEqual({ type: 'error', message: expect.stringMatching(/^saved weights: expected \d+ weights for this config, got 3$/) });
    send({ type: 'snapshot' });
    expect(posted.at(-1)).toMatchObject({ type: 'snapshot', step: 0 });
  });

  it('starts from saved weights at their step, and snapshots them back unchanged', () => {
    const { weights } = trained(5);
    const expected = Array.from(new Float32Array(weights));
    posted.length = 0;
    send({ type: 'init', setup: setup(), weights, step: 5 });
    expect(posted[0]).toMatchObject({ type: 'ready', step: 5 });
    send({ type: 'snapshot' });
    const message = posted.at(-1);
    if (message?.type !== 'snapshot') throw new Error(`expected a snapshot, got ${message?.type}`);
    expect(message.step).toBe(5);
    expect(Array.from(new Float32Array(message.weights))).toEqual(expected);
  });

  it('answers a gradient check with every tensor’s worst error, all within the float64 tolerance', () => {
    posted.length = 0;
    send({ type: 'gradcheck' });
    const message = posted.at(-1);
    if (message?.type !== 'gradcheck') throw new Error(`expected a gradcheck, got ${message?.type}`);
    expect(message.step).toBe(5);
    expect(message.tolerance).toBe(GRADIENT_TOLERANCE);
    expect(message.config.dtype).toBe('float32');
    expect(message.result.tensors.map((t) => t.name)).toEqual(createSession(setup()).trainer.model.params.specs.map((s) => s.name));
    expect(message.result.worstRelativeError).toBeGreaterThan(0);
    expect(message.result.worstRelativeError).toBeLessThan(GRADIENT_TOLERANCE);
    for (const tensor of message.result.tensors) expect(tensor.worstRelativeError).toBeLessThan(GRADIENT_TOLERANCE);
    // The check ran on a float64 copy: the run's own weights are untouched.
    send({ type: 'snapshot' });
    const after = posted.at(-1);
    if (after?.type !== 'snapshot') throw new Error(`expected a snapshot, got ${after?.type}`);
    expect(Array.from(new Float32Array(after.weights))).toEqual(Array.from(new Float32Array(trained(5).weights)));
  });
});
