import { describe, expect, it } from 'vitest';
import type { FromWorker, ProgressMessage, TrainingSetup } from '../../../engine/worker/protocol';
import { readToWorker } from '../../../engine/worker/protocol';
import { advance, createSession } from '../../../engine/worker/session';
import { gradcheckReply } from '../../../engine/worker/checkGradients';

const setup = (overrides: Partial<TrainingSetup> = {}): TrainingSetup => ({
  model: { vocabSize: 16, contextLength: 12, width: 16, heads: 2, layers: 2, mlp: false, seed: 1 },
  train: [], heldOut: [], batchSize: 4,
  schedule: { maxRate: 1e-2, minRate: 1e-2, warmupSteps: 2, totalSteps: 0 },
  heldOutEvery: 5, maxSteps: 10,
  data: { kind: 'repeated-random', vocabSize: 16, half: 5, minHalf: 3, time: 12, probeSize: 6 },
  ...overrides,
});

function runToEnd(session: ReturnType<typeof createSession>): FromWorker[] {
  const messages: FromWorker[] = [];
  let stop = null;
  while (!stop) {
    const outcome = advance(session, 0);
    messages.push(...outcome.messages);
    stop = outcome.stop;
  }
  return messages;
}

describe('a training session on repeated random tokens', () => {
  it('needs no token stream and reports both halves’ losses and every head’s score on the held-out steps', () => {
    const messages = runToEnd(createSession(setup()));
    const progress = messages.filter((m): m is ProgressMessage => m.type === 'progress');
    const measured = progress.filter((m) => m.headScores !== undefined);
    expect(measured.map((m) => m.step)).toEqual([5, 10]);
    for (const m of measured) {
      expect(m.heldOutLoss).toBeGreaterThan(0);
      expect(m.firstHalfLoss).toBeGreaterThan(0);
      expect(m.secondHalfLoss).toBeGreaterThan(0);
      expect(m.headScores).toHaveLength(2);
      for (const row of m.headScores ?? []) {
        expect(row).toHaveLength(2);
        for (const score of row) expect(score >= 0 && score <= 1).toBe(true);
      }
    }
    expect(progress.filter((m) => m.headScores === undefined).every((m) => m.firstHalfLoss === undefined)).toBe(true);
  });

  it('repeats the same run from the same seeds', () => {
    const a = runToEnd(createSession(setup()));
    const b = runToEnd(createSession(setup()));
    const numbers = (ms: FromWorker[]) => ms.filter((m) => m.type === 'progress').map((m) => ({ ...m, stepsPerSecond: 0 }));
    expect(numbers(b)).toEqual(numbers(a));
  });

  it('refuses data the model cannot read: another vocabulary, or sequences longer than its context', () => {
    expect(() => createSession(setup({ data: { kind: 'repeated-random', vocabSize: 8, half: 5 } }))).toThrow(/16/);
    expect(() => createSession(setup({ data: { kind: 'repeated-random', vocabSize: 16, half: 7 } }))).toThrow(/at most 12/);
  });

  it('checks its gradients on the held-out sequences, since it has no training text', () => {
    const session = createSession(setup());
    const reply = gradcheckReply(session);
    expect(reply.result.worstRelativeError).toBeLessThan(reply.tolerance);
  });

  it('accepts repeated data in init and reset, and explains a malformed one', () => {
    expect(readToWorker({ type: 'init', setup: setup() })).not.toHaveProperty('invalid');
    expect(readToWorker({ type: 'reset', setup: setup() })).not.toHaveProperty('invalid');
    const bad = [
      { kind: 'copy', vocabSize: 16, half: 5 },
      { kind: 'repeated-random', vocabSize: 1, half: 5 },
      { kind: 'repeated-random', vocabSize: 16, half: 5.5 },
      { kind: 'repeated-random', vocabSize: 16, half: 5, minHalf: 6 },
      { kind: 'repeated-random', vocabSize: 16, half: 5, time: 9 },
      { kind: 'repeated-random', vocabSize: 16, half: 5, probeSize: 0 },
    ];
    for (const data of bad) {
      const read = readToWorker({ type: 'init', setup: { ...setup(), data } });
      expect(read, JSON.stringify(data)).toHaveProperty('invalid');
      expect((read as { invalid: string }).invalid).toMatch(/setup\.data must be/);
    }
  });
});
