import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { curve, curveSlope } from '../../../components/sims/derivative-tangent/curve';
import { LINKS } from '../../../components/sims/chain-rule/ChainRule';
import { BOWL } from '../../../components/sims/descent-bowl/DescentBowl';
import { divergenceThreshold } from '../../../engine/gradientDescent';
import { crossEntropy } from '../../../engine/loss';
import { chainRule, forwardDifference } from '../../../engine/numericDerivative';
import { dotGeometry } from '../../../engine/primer';
import { softmax } from '../../../engine/softmax';

const read = (file: string) => readFileSync(path.join(process.cwd(), 'content/primer', file), 'utf8');
const fixed = (values: ArrayLike<number>, d: number) => Array.from(values, (v) => v.toFixed(d));

// The primer's prose quotes numbers; these tests keep them equal to what the engine and the simulations compute.
describe('the numbers in the Math primer prose', () => {
  it('lesson 1: (3, 4) · (4, 3) = 24 with cosine 0.96', () => {
    const text = read('01-linear-algebra.mdx');
    const g = dotGeometry([3, 4], [4, 3]);
    expect(text).toContain(`3 \\times 4 + 4 \\times 3 = ${g.dot}`);
    expect(text).toContain(`\\cos\\theta = 24 / 25 = ${g.cosine}`);
  });

  it('lesson 2: the slope 3 at x = 2, the push of 0.1 measuring 3.2033, the chain 2.1612 and the threshold 0.909', () => {
    const text = read('02-calculus.mdx');
    expect(curveSlope(2)).toBe(3);
    expect(text).toContain(`measures $${forwardDifference(curve, 2, 0.1).toFixed(4)}$`);
    const chain = chainRule(LINKS, 1);
    expect(text).toContain(`&\\approx ${chain.chainSlope.toFixed(4)}`);
    expect(text).toContain(`$a = ${BOWL.a}$ and\n$b = ${BOWL.b}$`);
    expect(text).toContain(`1/${BOWL.b} \\approx ${divergenceThreshold(BOWL).toFixed(3)}`);
  });

  it('lesson 3: softmax of (2, 1, 0.5, −1) at τ = 1, 0.5 and 5, and the gradient 0.69 of the over-predicted dog', () => {
    const text = read('03-probability.mdx');
    const logits = [2, 1, 0.5, -1];
    expect(text).toContain(`$(${fixed(softmax(logits), 3).join(', ')})$`);
    expect(text).toContain(`first word gets about ${softmax(logits, { temperature: 0.5 })[0].toFixed(3)}`);
    const hot = fixed(softmax(logits, { temperature: 5 }), 3);
    expect(text).toContain(`words get between ${hot[3]} and ${hot[0]}`);
    const dog = crossEntropy([1, 2, -0.5], 0).gradLogits[1];
    expect(text).toContain(`probability ${dog.toFixed(2)} gets gradient $+${dog.toFixed(2)}$`);
  });
});
