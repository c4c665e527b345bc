import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../engine/ladder/languageModel';
import { LANGUAGE_WEIGHTS } from '../../../engine/ladder/languageWeights';
import { reference } from './language-reference';

const PROMPTS = [
  ['a', 'fluffy', 'blue', 'creature'],
  ['a', 'fluffy', 'blue', 'creature', 'roamed'],
  ['a', 'fluffy', 'blue', 'creature', 'roamed', 'the'],
  ['the', 'creature'],
  ['blue'],
  ['the', 'river', 'slept'],
  ['a', 'blue', 'forest', 'roamed', 'the', 'river'],
  ['fluffy', 'fluffy', 'fluffy'],
];

describe('the pipeline the rungs draw agrees with an independent reference', () => {
  for (const prompt of PROMPTS) {
    for (const mlp of [true, false]) {
      it(`agrees to 1e-9 on every intermediate for "${prompt.join(' ')}" with the MLP ${mlp ? 'on' : 'off'}`, () => {
        const engine = runPipeline(prompt, LANGUAGE_WEIGHTS, { mlp });
        const ref = reference(prompt, mlp);
        const pairs: [ArrayLike<number>, number[]][] = [
          [engine.scores, ref.scores],
          [engine.alpha, ref.alpha],
          [engine.h1, ref.h1],
          [engine.hidden, ref.hidden],
          [engine.h2, ref.h2],
          [engine.logits, ref.logits],
          [engine.probs, ref.probs],
        ];
        let worst = 0;
        for (const [got, want] of pairs) {
          expect(got.length).toBe(want.length);
          want.forEach((w, i) => (worst = Math.max(worst, Math.abs(got[i] - w))));
        }
        expect(worst).toBeLessThan(1e-9);
      });
    }
  }
});
