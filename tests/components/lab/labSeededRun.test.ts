import { describe, expect, it } from 'vitest';
import { advance, createSession } from '../../../engine/worker/session';
import { loadNamesCorpus } from '../../../components/lab/corpus';
import { DEFAULT_SETTINGS, labSetup } from '../../../components/lab/labSettings';
import type { TrainingSetup } from '../../../engine/worker/protocol';

/** The training losses of the first `steps` steps of a Lab run, as exact decimal strings (every bit of each double). */
function lossCurve(setup: TrainingSetup, steps: number): string[] {
  const session = createSession({ ...setup, reportEvery: 1, heldOutEvery: 0, snapshotEvery: 0 });
  const losses: string[] = [];
  for (let i = 0; i < steps; i++) {
    for (const message of advance(session, 0).messages) if (message.type === 'progress') losses.push(String(message.loss));
  }
  return losses;
}

describe('a Lab run is seeded', () => {
  it('gives the same loss curve, bit for bit, for the first 200 steps from the same seed, settings and data; another seed differs', async () => {
    const data = await loadNamesCorpus();
    const setup = labSetup(DEFAULT_SETTINGS, 27, data.train, data.heldOut);
    expect(setup.model.seed).toBe(1234);
    expect(labSetup({ ...DEFAULT_SETTINGS, seed: 7 }, 27, data.train, data.heldOut)).toMatchObject({ model: { seed: 1240 }, dataSeed: 7 });
    const first = lossCurve(setup, 200);
    const again = lossCurve(setup, 200);
    expect(first).toHaveLength(200);
    expect(again).toEqual(first);
    // A different weight seed (or data seed) is a different run: the curve starts elsewhere.
    expect(lossCurve({ ...setup, model: { ...setup.model, seed: setup.model.seed! + 1 } }, 5)[0]).not.toBe(first[0]);
    expect(lossCurve({ ...setup, dataSeed: (setup.dataSeed ?? 1) + 1 }, 5)[0]).not.toBe(first[0]);
  }, 120_000);
});
