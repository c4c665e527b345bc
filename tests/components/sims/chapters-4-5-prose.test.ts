import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOW_HEADS, FLOW_WEIGHTS, FLOW_WIDTH } from '../../../components/sims/encoder-flow/flowModel';
import { WORDS, WORD_VECTORS } from '../../../components/sims/order-blind/orderTokens';
import { rotatedPair } from '../../../components/sims/rope-rotation/rope';
import { getRow, toRows } from '../../../engine/matrix';
import { attendInOrder } from '../../../engine/orderBlind';
import { countParameters, KNOWN_SHAPES } from '../../../engine/parameterCount';
import { sinusoidalTable } from '../../../engine/positional';

const read = (file: string) => readFileSync(path.resolve(process.cwd(), 'content/chapters', file), 'utf8');
const ch4 = read('04-positional-encoding.mdx');
const ch5 = read('05-the-encoder-block.mdx');
/** A number as the prose writes it in math: a plain hyphen-minus for negatives, fixed decimals. */
const tex = (x: number, decimals: number) => x.toFixed(decimals);

describe('chapter 4 prose and its simulations', () => {
  it('states the word vectors the order-blind demo uses', () => {
    const stated = [...ch4.matchAll(/\\text\{(\w+)\} = \(([-\d, ]+)\)\$/g)];
    expect(stated.map((m) => m[1])).toEqual([...WORDS]);
    for (const [, word, numbers] of stated) {
      expect(numbers.split(',').map(Number)).toEqual(toRows(WORD_VECTORS)[WORDS.indexOf(word as (typeof WORDS)[number])]);
    }
  });

  it('works out the weights and output of "cat" that the demo shows', () => {
    const { attention, outputByToken } = attendInOrder(WORD_VECTORS, [0, 1, 2]);
    const weights = toRows(attention.weights)[0].map((w) => tex(w, 2));
    expect(ch4).toContain(`\\approx ${weights[0]} \\\\`);
    expect(ch4).toContain(`\\approx ${weights[1]}\n`);
    const out = Array.from(outputByToken[0], (v) => tex(v, 2)).join(',\\ ');
    expect(ch4).toContain(`&\\approx (${out})`);
  });

  it('gives PE(1) for d = 4 and the offset example PE(3 + 2) as the engine computes them', () => {
    const pe1 = Array.from(getRow(sinusoidalTable(2, 4), 1), (v) => tex(v, 2)).join(',\\ ');
    expect(ch4).toContain(`&\\approx (${pe1})`);
    const table = sinusoidalTable(6, 32);
    expect(ch4).toContain(`(\\sin 3, \\cos 3) \\approx (${tex(table.data[3 * 32], 4)}, ${tex(table.data[3 * 32 + 1], 4)})`);
    expect(ch4).toContain(`&\\approx ${tex(table.data[5 * 32], 4)} \\\\`);
    expect(ch4).toContain(`&\\approx ${tex(table.data[5 * 32 + 1], 4)}\n`);
  });

  it('quotes the RoPE score for a query at 2 and a key at 5, where the demo starts', () => {
    expect(ch4).toContain('With the query at 2 and the key at 5 the score is about');
    expect(ch4).toContain(`about $${tex(rotatedPair(2, 5).score, 2)}$`);
    expect(tex(rotatedPair(3, 6).score, 6)).toBe(tex(rotatedPair(2, 5).score, 6));
  });
});

describe('chapter 5 prose and its simulations', () => {
  const gpt2 = countParameters(KNOWN_SHAPES.find((s) => s.name === 'GPT-2 small')!.shape);
  const gpt3 = countParameters(KNOWN_SHAPES.find((s) => s.name === 'GPT-3 175B')!.shape);

  it('quotes GPT-2 small’s block and model shares as the parameter count computes them', () => {
    expect(ch5).toContain(`${gpt2.perBlock.feedForward.toLocaleString('en-US')} feed-forward parameters`);
    expect(ch5).toContain(`out of ${gpt2.perBlock.total.toLocaleString('en-US')}: ${tex(gpt2.feedForwardShareOfBlocks * 100, 1)}%`);
    expect(ch5).toContain(`smaller, ${tex(gpt2.feedForwardShareOfTotal * 100, 1)}%`);
    expect(ch5).toContain(`feed-forward share of the whole model is ${tex(gpt3.feedForwardShareOfTotal * 100, 1)}%`);
  });

  it('describes the walk-through block with the width, heads and feed-forward width it really has', () => {
    expect(ch5).toContain(`width $d = ${FLOW_WIDTH}$, two heads, and a feed-forward network of\nwidth ${FLOW_WEIGHTS.ffn.w1.cols}`);
    expect(FLOW_HEADS).toBe(2);
  });
});
