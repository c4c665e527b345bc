import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import TokenSimilarity from '../../../components/sims/token-similarity/TokenSimilarity';
import { TOKENS, VECTORS } from '../../../components/sims/token-similarity/tokenVectors';
import { dot } from '../../../engine/vector';

afterEach(cleanup);

const e = Math.exp;

/** The table of token vectors, scores and weights (the full grid is a second table). */
function vectorTable(): HTMLElement {
  return screen.getByRole('table', { name: /^Token vectors/ });
}

/** The visible text of one column in the table row of a token. */
function cell(token: string, column: string): string {
  const table = vectorTable();
  const row = within(table).getByRole('rowheader', { name: token }).closest('tr');
  return row?.querySelector(`[data-column="${column}"]`)?.textContent ?? '';
}

function tokenButton(token: string): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(`^${token}, score`) });
}

describe('TokenSimilarity', () => {
  it('shows the ten tokens of the sentence as buttons, with "it" selected first', () => {
    render(<TokenSimilarity />);
    const group = screen.getByRole('group', { name: /Tokens of the sentence/ });
    expect(within(group).getAllByRole('button')).toHaveLength(10);
    expect(tokenButton('it')).toHaveAttribute('aria-pressed', 'true');
    expect(tokenButton('cat')).toHaveAttribute('aria-pressed', 'false');
  });

  it('scores "it" = (1,1,0,0) against "cat" = (2,2,0,0) as 1×2 + 1×2 = 4, the highest of any other token', () => {
    render(<TokenSimilarity />);
    expect(cell('cat', 'score')).toBe('4');
    expect(cell('mat', 'score')).toBe('2'); // (1,1,0,0)·(2,0,0,0)
    expect(cell('sat', 'score')).toBe('1'); // (1,1,0,0)·(0,1,2,0)
    expect(cell('because', 'score')).toBe('0'); // (1,1,0,0)·(0,0,0,1)
    expect(tokenButton('cat')).toHaveAccessibleName('cat, score 4');
    expect(screen.getByText(/Most similar other token/)).toHaveTextContent('“it” · “cat” = 1×2 + 1×2 + 0×0 + 0×0 = 4');
  });

  it('gives "cat" the softmax weight e⁴ / (e⁴ + 3e² + e + 5) ≈ 0.646 and weights that sum to 1', () => {
    render(<TokenSimilarity />);
    // Scores from "it": cat 4; mat, it, tired 2; sat 1; five grammar words and "was" 0 → five e⁰ terms.
    const z = e(4) + 3 * e(2) + e(1) + 5;
    expect(cell('cat', 'weight')).toBe((e(4) / z).toFixed(3));
    expect(cell('cat', 'weight')).toBe('0.646');
    expect(cell('tired', 'weight')).toBe((e(2) / z).toFixed(3));
    expect(cell('The', 'weight')).toBe((1 / z).toFixed(3));
    expect(vectorTable().querySelector('[data-column="weight-sum"]')?.textContent).toBe('1.000');
    expect(screen.getByText(/the largest goes to/)).toHaveTextContent('cat (64.6%)');
  });

  it('blends the vectors into a new "it" of about (1.55, 1.59, 0.16, 0.06), mostly cat', () => {
    render(<TokenSimilarity />);
    const z = e(4) + 3 * e(2) + e(1) + 5;
    const expected = [
      (2 * e(4) + 2 * e(2) + e(2)) / z, // thing: cat 2, mat 2, it 1
      (2 * e(4) + e(1) + e(2) + 2 * e(2)) / z, // alive: cat 2, sat 1, it 1, tired 2
      (2 * e(1) + 1 + e(2)) / z, // action: sat 2, was 1 (score 0), tired 1
      5 / z, // grammar: The, on, the, because, was, each with score 0
    ].map((v) => v.toFixed(2));
    const shown = Array.from(vectorTable().querySelectorAll('[data-column="output"]')).map((c) => c.textContent);
    expect(shown).toEqual(expected);
    expect(shown).toEqual(['1.55', '1.59', '0.16', '0.06']);
  });

  it('moves the focus of attention to "cat" on click: it matches itself best, with weight e⁸ / (e⁸ + 3e⁴ + e² + 5)', async () => {
    const user = userEvent.setup();
    render(<TokenSimilarity />);
    await user.click(tokenButton('cat'));
    expect(tokenButton('cat')).toHaveAttribute('aria-pressed', 'true');
    expect(tokenButton('it')).toHaveAttribute('aria-pressed', 'false');
    expect(cell('cat', 'score')).toBe('8');
    const z = e(8) + 3 * e(4) + e(2) + 5;
    expect(cell('cat', 'weight')).toBe((e(8) / z).toFixed(3));
    // Ties at 4 (mat, it, tired): the first in the sentence is named.
    expect(screen.getByText(/Most similar other token/)).toHaveTextContent('“cat” · “mat” = 2×2 + 2×0 + 0×0 + 0×0 = 4');
  });

  it('walks the tokens with the arrow keys, Home and End, wrapping at the ends', async () => {
    const user = userEvent.setup();
    render(<TokenSimilarity />);
    tokenButton('it').focus();
    await user.keyboard('{ArrowRight}');
    expect(tokenButton('was')).toHaveAttribute('aria-pressed', 'true');
    expect(tokenButton('was')).toHaveFocus();
    await user.keyboard('{End}');
    expect(tokenButton('tired')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(tokenButton('The')).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{ArrowLeft}{Home}{ArrowRight}{ArrowRight}');
    // "sat" = (0,1,2,0): with itself 1 + 4 = 5, with "tired" (0,2,1,0) 2 + 2 = 4.
    expect(tokenButton('sat')).toHaveFocus();
    expect(cell('sat', 'score')).toBe('5');
    expect(cell('tired', 'score')).toBe('4');
  });

  it('says on the page that the vectors were chosen by hand', () => {
    render(<TokenSimilarity />);
    expect(vectorTable()).toHaveAccessibleName(/chosen by hand/);
    expect(screen.getByText(/chosen by hand\s+for illustration/)).toBeInTheDocument();
  });
});

describe('the full grid of scores', () => {
  it('opens to show all 10 × 10 dot products, symmetric, with cat · cat = 8 and sat · tired = 4', async () => {
    const user = userEvent.setup();
    render(<TokenSimilarity />);
    await user.click(screen.getByText(/Show every token’s scores at once/));
    const grid = screen.getByRole('region', { name: 'Grid of all dot products' });
    const at = (i: number, j: number) => grid.querySelector(`[data-row="${i}"][data-col="${j}"]`)?.textContent;
    expect(grid.querySelectorAll('td[data-row]')).toHaveLength(100);
    expect(at(1, 1)).toBe('8'); // (2,2,0,0)·(2,2,0,0)
    expect(at(2, 9)).toBe('4'); // sat (0,1,2,0) · tired (0,2,1,0) = 2 + 2
    expect(at(9, 2)).toBe('4');
    expect(at(7, 1)).toBe('4'); // it · cat, the number the chapter works out by hand
  });
});

describe('chapter 1 prose and the simulation', () => {
  const lesson = readFileSync(path.resolve(process.cwd(), 'content/chapters/01-attention-from-scratch.mdx'), 'utf8');
  const vectorOf = (word: string) => VECTORS[TOKENS.indexOf(word)];

  it('states the same token vectors the simulation uses', () => {
    const stated = [...lesson.matchAll(/"(\w+)" (?:is|gets)\s+\$\(([^)]*)\)\$/g)];
    expect(stated.map((m) => m[1]).sort()).toEqual(['because', 'cat', 'it', 'mat']);
    for (const [, word, numbers] of stated) expect(numbers.split(',').map(Number)).toEqual([...vectorOf(word)]);
  });

  it('works out dot products by hand that agree with the vectors', () => {
    const worked = [...lesson.matchAll(/\\text\{(\w+)\} \\cdot \\text\{(\w+)\} &= [^$]*?= (-?\d+)\n/g)];
    expect(worked).toHaveLength(3);
    for (const [text, a, b, result] of worked) {
      expect(dot(vectorOf(a), vectorOf(b))).toBe(Number(result));
      // Each written term a_i × b_i uses the matching entries of the two vectors, in order.
      const terms = [...text.matchAll(/(-?\d+) \\times (-?\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(terms).toEqual([...vectorOf(a)].map((v, i) => [v, vectorOf(b)[i]]));
    }
  });
});
