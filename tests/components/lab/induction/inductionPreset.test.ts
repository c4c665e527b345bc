import { describe, expect, it } from 'vitest';
import type { ProgressMessage } from '../../../../engine/worker/protocol';
import { advance, createSession } from '../../../../engine/worker/session';
import { strongestHead } from '../../../../engine/lab/inductionProbe';
import { INDUCTION_SETUP } from '../../../../components/lab/induction/inductionPreset';

/*
 * The preset's own run, seeded, on the kernels Node picks (WebAssembly SIMD): the first score above 0.5 was measured
 * at step 380 (see chapter 10), so step 800 leaves a wide margin for any kernel's rounding.
 */
describe('the induction preset’s seeded run', () => {
  it('grows a layer-2 head with a prefix-matching score above 0.5 by step 800, and the repeat’s loss falls below the random tokens’', () => {
    const session = createSession(INDUCTION_SETUP);
    const measured: ProgressMessage[] = [];
    while (session.trainer.step < 800) {
      const outcome = advance(session, 0);
      expect(outcome.stop).toBeNull();
      for (const m of outcome.messages) if (m.type === 'progress' && m.headScores) measured.push(m);
    }
    const first = measured[0];
    const jump = measured.find((m) => (m.headScores?.[1] ?? []).some((score) => score > 0.5));
    const last = measured.at(-1) as ProgressMessage;
    console.log(`first measurement step ${first.step}: scores ${JSON.stringify(first.headScores?.map((r) => r.map((s) => +s.toFixed(3))))}, `
      + `halves ${first.firstHalfLoss?.toFixed(3)} / ${first.secondHalfLoss?.toFixed(3)}; jump at step ${jump?.step}: `
      + `${JSON.stringify(jump?.headScores?.map((r) => r.map((s) => +s.toFixed(3))))}; step ${last.step}: `
      + `${JSON.stringify(last.headScores?.map((r) => r.map((s) => +s.toFixed(3))))}, halves ${last.firstHalfLoss?.toFixed(3)} / ${last.secondHalfLoss?.toFixed(3)}`);
    // before training every head attends about evenly, far below the bar
    expect(strongestHead(first.headScores ?? [])?.score).toBeLessThan(0.3);
    expect(jump).toBeDefined();
    // an induction head needs the layer before it: no layer-1 head may pass the bar on its own
    for (const m of measured) for (const score of m.headScores?.[0] ?? []) expect(score).toBeLessThan(0.5);
    expect(last.secondHalfLoss).toBeLessThan(last.firstHalfLoss as number);
    // the random tokens stay unpredictable: their loss stays near ln 32 ≈ 3.47
    expect(Math.abs((last.firstHalfLoss as number) - Math.log(32))).toBeLessThan(0.3);
  }, 60_000);
});
