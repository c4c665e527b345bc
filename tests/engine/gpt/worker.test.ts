import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FromWorker, TrainingSetup } from '../../../engine/worker/protocol';
import { advance, createSession } from '../../../engine/worker/session';
import { readToWorker } from '../../../engine/worker/protocol';

// A repeating five-letter text: a model can learn it, so its loss falls quickly.
const text = Array.from({ length: 400 }, (_, i) => i % 5);
const setup = (overrides: Partial<TrainingSetup> = {}): TrainingSetup => ({
  model: { vocabSize: 5, contextLength: 8, width: 16, heads: 2, layers: 1, seed: 1 },
  train: text, heldOut: text.slice(0, 40), batchSize: 4,
  schedule: { maxRate: 1e-2, minRate: 1e-3, warmupSteps: 2, totalSteps: 0 },
  heldOutEvery: 5, ...overrides,
});

describe('a training session', () => {
  it('streams progress with held-out loss every N steps and stops when it reaches maxSteps', () => {
    const session = createSession(setup({ maxSteps: 10 }));
    const messages: FromWorker[] = [];
    let stop = null;
    while (!stop) {
      const outcome = advance(session, 0);
      messages.push(...outcome.messages);
      stop = outcome.stop;
    }
    expect(stop).toBe('finished');
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.map((m) => m.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(progress.filter((m) => m.heldOutLoss !== undefined).map((m) => m.step)).toEqual([5, 10]);
    expect(messages.at(-1)).toEqual({ type: 'finished', step: 10 });
  });

  it('reports divergence in words when the learning rate blows the weights up', () => {
    const session = createSession(setup({ schedule: { maxRate: 1e38, minRate: 1e38, warmupSteps: 0, totalSteps: 0 } }));
    let outcome = advance(session, 0);
    for (let i = 0; i < 5 && !outcome.stop; i++) outcome = advance(session, 0);
    expect(outcome.stop).toBe('diverged');
    const message = outcome.messages[0];
    expect(message.type).toBe('diverged');
    expect(message.type === 'diverged' && message.reason).toMatch(/lower the learning rate and reset/);
  });

  it('refuses token ids outside the vocabulary and data shorter than one window', () => {
    expect(() => createSession(setup({ train: [0, 1, 9, 2, 3, 4, 0, 1, 2, 3] }))).toThrow(/training data: token 2 is 9/);
    expect(() => createSession(setup({ heldOut: [0, 1, 2] }))).toThrow(/at least 9 tokens/);
  });

  it('rejects messages it does not understand', () => {
    expect(readToWorker({ type: 'fly' })).toEqual({ invalid: 'unknown message "fly"' });
    expect(readToWorker({ type: 'init' })).toHaveProperty('invalid');
    expect(readToWorker({ type: 'pause' })).toEqual({ type: 'pause' });
  });
});

describe('the training worker module', () => {
  const posted: FromWorker[] = [];
  let send: (data: unknown) => void;
  beforeAll(async () => {
    const scope = globalThis as unknown as { postMessage: (m: FromWorker) => void; onmessage: ((e: { data: unknown }) => void) | null };
    scope.postMessage = (message) => posted.push(message);
    await import('../../../engine/worker/training.worker');
    send = (data) => scope.onmessage?.({ data });
  });
  afterEach(() => send({ type: 'pause' }));

  it('starts, streams falling loss, and posts nothing more once the pause is acknowledged', async () => {
    posted.length = 0;
    send({ type: 'init', setup: setup() });
    expect(posted[0]).toMatchObject({ type: 'ready', step: 0, kernels: 'wasm-simd' }); // Node 20: SIMD, no relaxed SIMD
    send({ type: 'start' });
    await vi.waitFor(() => {
      const losses = posted.filter((m) => m.type === 'progress').map((m) => m.loss);
      expect(losses.length).toBeGreaterThan(5);
      expect(losses.at(-1)).toBeLessThan(losses[0] * 0.7);
    }, { timeout: 10_000, interval: 20 });
    send({ type: 'pause' });
    const acknowledged = posted.map((m) => m.type).lastIndexOf('paused');
    expect(acknowledged).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100)); // give any stray slice the chance to run
    expect(posted.slice(acknowledged + 1)).toEqual([]);
  });

  it('sends a weight snapshot and attention for an input on request', () => {
    posted.length = 0;
    send({ type: 'snapshot', attentionInput: [0, 1, 2] });
    const message = posted.find((m) => m.type === 'snapshot');
    expect(message).toBeDefined();
    if (message?.type !== 'snapshot') return;
    expect(new Float32Array(message.weights).every(Number.isFinite)).toBe(true);
    expect(message.attention?.[0]).toHaveLength(2);
    expect(Array.from(message.attention?.[0][0][0] ?? [])).toEqual([1, 0, 0]);
  });

  it('answers a start after divergence with an error until reset', async () => {
    posted.length = 0;
    send({ type: 'reset', setup: setup({ schedule: { maxRate: 1e38, minRate: 1e38, warmupSteps: 0, totalSteps: 0 } }) });
    send({ type: 'start' });
    await vi.waitFor(() => expect(posted.some((m) => m.type === 'diverged')).toBe(true), { timeout: 10_000, interval: 20 });
    send({ type: 'start' });
    expect(posted.at(-1)).toEqual({ type: 'error', message: 'this run diverged; reset it before starting again' });
  });
});
