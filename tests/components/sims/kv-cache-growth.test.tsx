import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import KvCacheGrowth from '../../../components/sims/kv-cache-growth/KvCacheGrowth';
import LazyKvCacheGrowth from '../../../components/sims/kv-cache-growth';

afterEach(cleanup);

// The tiny model: L = 2 layers, width C = 16, V = 11 words, 8-byte floats.
const L = 2;
const C = 16;
const V = 11;
const bytesPerToken = 2 * L * C * 8; // 512
// FLOPs for the n-th token: one query against n keys with the cache; all n positions again without it.
const withCache = (n: number) => L * (24 * C * C + 4 * C * n) + 2 * C * V;
const without = (n: number) => L * (24 * n * C * C + 2 * C * n * (n + 1)) + 2 * n * C * V;
const count = (n: number) => n.toLocaleString('en-US');

function lastRow(column: string): string {
  const cells = document.querySelectorAll(`[data-column="${column}"]`);
  return cells[cells.length - 1]?.textContent ?? '';
}

describe('KvCacheGrowth', () => {
  it('starts with an empty cache: 0 tokens and 0 bytes', () => {
    render(<KvCacheGrowth />);
    expect(screen.getByRole('status')).toHaveTextContent('Cache: 0 tokens | KV memory: 0 bytes');
    expect(screen.getByRole('button', { name: 'Start over' })).toBeDisabled();
  });

  it('adds one token and 2 × 2 × 16 × 8 = 512 bytes per press, and counts each step’s work both ways', async () => {
    const user = userEvent.setup();
    render(<KvCacheGrowth />);
    const generate = screen.getByRole('button', { name: 'Generate token' });
    await user.click(generate);
    expect(screen.getByRole('status')).toHaveTextContent(`Cache: 1 token | KV memory: ${bytesPerToken} bytes`);
    expect(lastRow('with')).toBe(count(withCache(1)));
    expect(lastRow('without')).toBe(count(without(1)));
    expect(lastRow('with')).toBe('12,768'); // 2(24·256 + 64) + 352: with one token both ways cost the same
    await user.click(generate);
    await user.click(generate);
    expect(screen.getByRole('status')).toHaveTextContent(`Cache: 3 tokens | KV memory: ${count(3 * bytesPerToken)} bytes`);
    expect(lastRow('with')).toBe(count(withCache(3)));
    expect(lastRow('without')).toBe(count(without(3)));
    const totalWith = withCache(1) + withCache(2) + withCache(3);
    const totalWithout = without(1) + without(2) + without(3);
    expect(screen.getByText(/^So far:/)).toHaveTextContent(`${count(totalWith)} FLOPs with the cache, ${count(totalWithout)} without`);
  });

  it('gives the same logits as recomputing everything, to rounding error, at every step', async () => {
    const user = userEvent.setup();
    render(<KvCacheGrowth />);
    for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Generate token' }));
    const differences = Array.from(document.querySelectorAll('[data-column="difference"]')).map((c) => c.textContent ?? '');
    expect(differences).toHaveLength(4);
    for (const text of differences) {
      // "0" or "d.d × 10⁻ⁿ" with n of at least 12
      const match = /^(0|\d\.\d × 10⁻([¹²³⁴⁵⁶⁷⁸⁹⁰]+))$/.exec(text);
      expect(match, text).not.toBeNull();
      if (match?.[2]) expect(match[2].length).toBeGreaterThanOrEqual(2);
    }
  });

  it('writes the learned sentence word by word, then stops at "." with the cache holding ten tokens', async () => {
    const user = userEvent.setup();
    render(<KvCacheGrowth />);
    const generate = screen.getByRole('button', { name: 'Generate token' });
    for (let i = 0; i < 10; i++) await user.click(generate);
    expect(generate).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent(`Cache: 10 tokens | KV memory: ${count(10 * bytesPerToken)} bytes`);
    expect(screen.getByRole('status')).toHaveTextContent('the sentence is complete');
    const words = within(screen.getByRole('list', { name: /Tokens and what is stored/ }))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.kvg-word')?.textContent);
    expect(words.join(' ')).toBe('The cat sat on the mat because it was tired .');
  });

  it('starts over from an empty cache, from the keyboard', async () => {
    const user = userEvent.setup();
    render(<KvCacheGrowth />);
    screen.getByRole('button', { name: 'Generate token' }).focus();
    await user.keyboard('{Enter}{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Cache: 2 tokens');
    screen.getByRole('button', { name: 'Start over' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Cache: 0 tokens | KV memory: 0 bytes');
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<LazyKvCacheGrowth />);
    expect(await screen.findByRole('button', { name: 'Generate token' })).toBeInTheDocument();
  });
});
