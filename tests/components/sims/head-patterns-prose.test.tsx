import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attentionCost } from '../../../engine/headCost';
import { HEAD_COUNT, HEAD_SIZE, MATCH_SCORE, MODEL_WIDTH, runPatternHeads } from '../../../engine/headPatterns';
import { toRows } from '../../../engine/matrix';
import { FEATURES, SENTENCE, TOKENS } from '../../../components/sims/head-patterns/sentence';

const lesson = readFileSync(path.resolve(process.cwd(), 'content/chapters/03-multi-head-attention.mdx'), 'utf8');

describe('chapter 3 prose and the engine', () => {
  it('states the weight count 4 · 512² that the engine counts for 1, 8 and 16 heads', () => {
    expect(lesson).toContain('4 \\times 512^2 = 1{,}048{,}576');
    for (const heads of [1, 8, 16]) {
      expect(attentionCost({ model: 512, heads, headSize: 512 / heads, tokens: 1 }).params).toBe(1_048_576);
    }
  });

  it('describes the simulation’s sentence and sizes as the engine runs them', () => {
    expect(lesson).toContain(`"${SENTENCE}"`);
    expect(lesson).toContain(`Every token's embedding has ${MODEL_WIDTH} numbers`);
    expect(lesson).toContain(`There are ${HEAD_COUNT} heads of ${HEAD_SIZE} dimensions each`);
    expect(lesson).toContain(`a match scores ${MATCH_SCORE}`);
  });

  it('works out the weight of "on" on "sat" as e⁸ / (e⁸ + 3) ≈ 2981 / 2984 ≈ 0.999, as the previous-token head gives', () => {
    expect(lesson).toContain('\\frac{e^{8}}{e^{8} + 3 e^{0}} = \\frac{2981}{2984} \\approx 0.999');
    expect(Math.round(Math.exp(8))).toBe(2981);
    const weights = toRows(runPatternHeads(TOKENS, FEATURES).heads[0].weights);
    expect(TOKENS[3]).toBe('on');
    expect(weights[3][2].toFixed(3)).toBe('0.999');
    expect(weights[3][2]).toBeCloseTo(Math.exp(8) / (Math.exp(8) + 3), 12);
  });
});
