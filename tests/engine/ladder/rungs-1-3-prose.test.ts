import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUMP_START, bumpHealth, bumpLoss, bumpStep, randomBumpInit, trainBump } from '../../../engine/ladder/bump';
import { closedFormLine, LINE_START, lineGradient, lineLoss, lineStep, trainLine } from '../../../engine/ladder/line';
import { NEURON_START, neuronLoss, sigmoidDepthBound, sigmoidTable, trainNeuron } from '../../../engine/ladder/neuron';

const lesson = (name: string) => readFileSync(path.join(__dirname, '../../../content/ladder', name), 'utf8');

describe('the numbers quoted in ladder lessons 1–3 are the ones the engine computes', () => {
  it('lesson 1 quotes the starting loss, the first gradient and step, the plateau after 500 steps and the closed form', () => {
    const text = lesson('01-line.mdx');
    expect(lineLoss(LINE_START)).toBeCloseTo(0.385, 12);
    expect(text).toContain('$1.54 / 4 = 0.385$');
    const g = lineGradient(LINE_START);
    expect([g.dw, g.db].map((v) => Number(v.toFixed(12)))).toEqual([1.5, 0.3]);
    const next = lineStep(LINE_START);
    expect([next.w, next.b].map((v) => Number(v.toFixed(12)))).toEqual([0.225, -0.115]);
    expect(text).toContain('moves $w$ from $0.3$ to $0.225$ and $b$ from $-0.1$ to $-0.115$');
    const trained = trainLine(LINE_START, 500).params;
    expect(lineLoss(trained).toFixed(4)).toBe('0.2500');
    expect(Math.abs(trained.w)).toBeLessThan(1e-3);
    expect(text).toContain('After 500 steps the line is flat');
    const fit = closedFormLine();
    expect(fit.xtx).toEqual([
      [30, 10],
      [10, 4],
    ]);
    expect(fit.xty).toEqual([5, 2]);
    expect(text).toContain('rows $(30, 10)$ and $(10, 4)$');
    expect(text).toContain('$X^\\top y = (5, 2)$');
    expect(text).toContain(`$w^* = ${Math.abs(fit.params.w).toFixed(0)}$, $b^* = ${fit.params.b}$`);
    expect(text).toContain(`MSE $${fit.loss}$`);
  });

  it('lesson 2 quotes σ′ at 2, 5 and 10, the depth bound 0.25¹⁰ and a loss that stays above 0.25', () => {
    const text = lesson('02-bend.mdx');
    const [two, five, ten] = sigmoidTable([2, 5, 10]).map((r) => r.slope);
    expect(text).toContain(`about $${two.toFixed(3)}$ at`);
    expect(text).toContain(`about $${five.toFixed(4)}$ at $\\pm 5$`);
    expect(text).toContain(`about $${ten.toFixed(7)}$ at $\\pm 10$`);
    const [mantissa, exponent] = sigmoidDepthBound(10).toExponential(1).split('e');
    expect(text).toContain(`0.25^{10} \\approx ${mantissa} \\times 10^{${exponent}}`);
    const trained = neuronLoss(trainNeuron(NEURON_START, 5000).params);
    expect(trained).toBeGreaterThan(0.25);
    expect(trained).toBeLessThan(0.251);
  });

  it('lesson 3 quotes the starting losses, the two steps that kill both ReLUs, seed 17 and the counts over seeds 1–100', () => {
    const text = lesson('03-stack.mdx');
    expect(bumpLoss(BUMP_START, 'sigmoid').toFixed(4)).toBe('0.0058');
    expect(text).toContain('about $0.0058$ to $36.125$');
    expect(bumpLoss(BUMP_START, 'relu')).toBe(36.125);
    const once = bumpStep(BUMP_START, 'relu');
    const twice = bumpStep(once, 'relu');
    expect(bumpHealth(once, 'relu').map((h) => h.dead)).toEqual([true, false]);
    expect(bumpHealth(twice, 'relu').map((h) => h.dead)).toEqual([true, true]);
    expect(bumpLoss(trainBump(BUMP_START, 'relu', 1000).params, 'relu')).toBe(0.5);
    expect(bumpLoss(trainBump(randomBumpInit(17), 'relu', 1000).params, 'relu')).toBeLessThan(1e-12);
    expect(text).toContain('Type seed 17, press Random init, tick ReLU and press Train: the loss\ngoes to 0.');

    let sigmoidFits = 0;
    let reluZero = 0;
    let reluDead = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const start = randomBumpInit(seed);
      if (bumpLoss(trainBump(start, 'sigmoid', 1000).params, 'sigmoid') < 0.01) sigmoidFits++;
      const relu = trainBump(start, 'relu', 1000).params;
      if (bumpLoss(relu, 'relu') < 1e-12) reluZero++;
      if (bumpHealth(relu, 'relu').some((h) => h.dead)) reluDead++;
    }
    expect(text).toContain(`Of the seeds 1 to 100, ${sigmoidFits} reach\na loss below 0.01 within one press of Train`);
    expect(text).toContain(`only ${reluZero} reach loss 0 with ReLU; ${reluDead} end with at least one\ndead neuron`);
  });
});
