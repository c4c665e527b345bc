import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention } from '../../../engine/attention';
import { fromRows, matmul, toRows, transpose } from '../../../engine/matrix';
import { dot } from '../../../engine/vector';

const lesson = readFileSync(path.resolve(process.cwd(), 'content/chapters/02-scaled-dot-product-attention.mdx'), 'utf8');

/** Every bmatrix in the lesson, in order, as rows of numbers. */
function matricesInLesson(): number[][][] {
  return [...lesson.matchAll(/\\begin\{bmatrix\}([^]*?)\\end\{bmatrix\}/g)].map(([, body]) =>
    body
      .split('\\\\')
      .map((row) => row.split('&').map((entry) => Number(entry.trim())))
      .filter((row) => row.length > 0),
  );
}

describe('chapter 2 worked example', () => {
  // The embeddings and weights as the lesson states them; everything after them must follow from the engine.
  const [x, wQ, wK, wV, ...derived] = matricesInLesson().map(fromRows);
  const q = matmul(x, wQ);
  const k = matmul(x, wK);
  const v = matmul(x, wV);
  const attention = scaledDotProductAttention(q, k, v);
  const round = (rows: number[][]) => rows.map((row) => row.map((value) => Number(value.toFixed(3))));

  it('states X as 3 × 4 and the weight matrices as 4 × 2', () => {
    expect([x.rows, x.cols]).toEqual([3, 4]);
    for (const w of [wQ, wK, wV]) expect([w.rows, w.cols]).toEqual([4, 2]);
    expect(derived).toHaveLength(7);
  });

  it('gives Q = XW_Q, K = XW_K and V = XW_V as the engine computes them', () => {
    expect(toRows(derived[0])).toEqual(toRows(q));
    expect(toRows(derived[1])).toEqual(toRows(k));
    expect(toRows(derived[2])).toEqual(toRows(v));
  });

  it('gives the scores, the scaled scores, the weights and the output to 3 decimals', () => {
    expect(toRows(derived[3])).toEqual(toRows(matmul(q, transpose(k))));
    expect(toRows(derived[4])).toEqual(round(toRows(attention.scaledScores)));
    expect(toRows(derived[5])).toEqual(round(toRows(attention.weights)));
    expect(toRows(derived[6])).toEqual(round(toRows(attention.output)));
  });

  it('says what the matrices show: "sat" scores "cat" 4 and itself 0, "cat" scores "sat" 2, and 0.894 on "cat"', () => {
    const scores = toRows(attention.rawScores);
    expect(scores[2][1]).toBe(4);
    expect(scores[2][2]).toBe(0);
    expect(scores[1][2]).toBe(2);
    expect(dot(toRows(q)[2], toRows(k)[1])).toBe(4);
    expect(lesson).toContain('"sat" scores 4 with "cat", its subject, and 0 with itself');
    expect(toRows(attention.weights)[2][1].toFixed(3)).toBe('0.894');
    // By hand: e^(4/√2) / (1 + e^(4/√2) + 1).
    expect(Math.exp(4 / Math.SQRT2) / (2 + Math.exp(4 / Math.SQRT2))).toBeCloseTo(toRows(attention.weights)[2][1], 12);
  });
});
