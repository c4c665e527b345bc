import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import KvMemory from '../../../components/sims/kv-memory/KvMemory';
import { KV_PRESETS, kvCacheMemory } from '../../../engine/kvMemory';
import LazyKvMemory from '../../../components/sims/kv-memory';

afterEach(cleanup);

function result(name: string): string {
  return document.querySelector(`[data-result="${name}"]`)?.textContent ?? '';
}

describe('KvMemory', () => {
  it('opens on the 70B-class preset and shows about 40 GB: 2 × 80 × 8 × 128 × 2 bytes × 131,072 tokens', () => {
    render(<KvMemory />);
    expect(screen.getByRole('button', { name: /^70B-class, grouped-query attention/ })).toHaveAttribute('aria-pressed', 'true');
    // Worked out apart from the engine: 327,680 bytes per token; 42,949,672,960 bytes = 40 · 2³⁰.
    const perToken = 2 * 80 * 8 * 128 * 2;
    const total = perToken * 131072;
    expect(perToken).toBe(327_680);
    expect(total).toBe(40 * 2 ** 30);
    expect(result('per-token')).toContain('2 × 80 × 8 × 128 × 2 bytes = 327,680 bytes (320 KiB)');
    expect(result('per-sequence')).toContain(`× 131,072 tokens = ${total.toLocaleString('en-US')} bytes`);
    expect(result('total')).toBe('KV cache: 42.9 GB = 40.0 GiB');
    expect(result('values')).toContain('21.5 billion stored numbers'); // total / 2 bytes
  });

  it('shows eight times as much, 344 GB = 320 GiB, when every one of the 64 heads keeps its own keys and values', async () => {
    const user = userEvent.setup();
    render(<KvMemory />);
    await user.click(screen.getByRole('button', { name: /^The same 70B model without grouping/ }));
    expect(screen.getByRole('slider', { name: 'KV heads per layer' })).toHaveValue('64');
    // 2 × 80 × 64 × 128 × 2 × 131,072 = 343,597,383,680 bytes
    expect(result('total')).toBe('KV cache: 344 GB = 320 GiB');
  });

  it('recomputes as the sliders move: 4 sequences of a 7B-class model at 4K context need 4 × 2 GiB', async () => {
    const user = userEvent.setup();
    render(<KvMemory />);
    await user.click(screen.getByRole('button', { name: /^7B-class/ }));
    expect(result('total')).toBe('KV cache: 2.15 GB = 2.00 GiB'); // 2 × 32 × 32 × 128 × 2 × 4,096 = 2³¹ bytes
    fireEvent.change(screen.getByRole('slider', { name: 'Sequences served at once' }), { target: { value: '4' } });
    expect(result('total')).toBe('KV cache for 4 sequences: 8.59 GB = 8.00 GiB');
    expect(screen.getByRole('button', { name: /^7B-class/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('moves the context in powers of two and speaks the length: one step down from 128K is 64K, half the memory', () => {
    render(<KvMemory />);
    const context = screen.getByRole('slider', { name: 'Context length (tokens)' });
    expect(context).toHaveAttribute('aria-valuetext', '131,072 (128K)');
    fireEvent.change(context, { target: { value: '16' } });
    expect(context).toHaveAttribute('aria-valuetext', '65,536 (64K)');
    expect(result('total')).toBe('KV cache: 21.5 GB = 20.0 GiB');
  });

  it('halves the memory with one byte per value instead of two, picked from the keyboard', async () => {
    const user = userEvent.setup();
    render(<KvMemory />);
    screen.getByRole('radio', { name: '2 bytes (float16, bfloat16)' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: '1 byte (8-bit)' })).toBeChecked();
    expect(result('total')).toBe('KV cache: 21.5 GB = 20.0 GiB');
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<LazyKvMemory />);
    expect(await screen.findByRole('slider', { name: 'Layers' })).toHaveValue('80');
  });
});

describe('chapter 8 prose and the engine', () => {
  const lesson = readFileSync(path.resolve(process.cwd(), 'content/chapters/08-kv-cache-and-inference.mdx'), 'utf8');
  const shape = KV_PRESETS[0].shape;
  const latexNumber = (n: number) => n.toLocaleString('en-US').replace(/,/g, '{,}');

  it('works the 70B example with the numbers the calculator computes', () => {
    const memory = kvCacheMemory(shape);
    expect(lesson).toContain(`2 \\times ${shape.layers} \\times ${shape.kvHeads} \\times ${shape.headSize} \\times ${shape.bytesPerValue}`);
    expect(lesson).toContain(`= ${latexNumber(memory.bytesPerToken)} \\text{ bytes} = 320 \\text{ KiB}`);
    expect(lesson).toContain(`${latexNumber(memory.bytesPerToken)} \\times ${latexNumber(shape.contextLength)}`);
    expect(lesson).toContain(`= ${latexNumber(memory.totalBytes)} \\text{ bytes}`);
    expect(memory.totalBytes / 2 ** 30).toBe(40);
  });

  it('states the memory of four sequences and of the ungrouped model as the engine gives them', () => {
    expect(kvCacheMemory({ ...shape, sequences: 4 }).totalBytes / 2 ** 30).toBe(160);
    expect(lesson).toMatch(/Four users at full\s+context need 160 GiB/);
    expect(kvCacheMemory({ ...shape, kvHeads: 64 }).totalBytes / 2 ** 30).toBe(320);
    expect(lesson).toMatch(/8 times larger: 320 GiB per sequence/);
  });

  it('puts the point where attention over the cache matches the weights at t = 6C: 4,608 tokens for width 768', () => {
    // Per step, with the cache: L(24C² + 4Ct); the two terms are equal when t = 6C.
    expect(6 * 768).toBe(4608);
    expect(lesson).toMatch(/at \$t = 6C\$, which is 4,608 tokens for a model of width 768/);
  });
});
