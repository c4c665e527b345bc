import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareKvHeads } from '../../../engine/groupedQuery';
import { KV_PRESETS } from '../../../engine/kvMemory';
import { lossFactor, multiplierForLossFactor } from '../../../engine/scalingLaw';
import { slidingWindowSaving, windowReach } from '../../../engine/slidingWindow';

const read = (file: string) => readFileSync(path.resolve(process.cwd(), 'content/chapters', file), 'utf8');
const chapter9 = read('09-mixture-of-experts-and-scaling.mdx');
const chapter10 = read('10-what-makes-it-work.mdx');

// The prose quotes numbers; these tests keep each one equal to what the engine computes.
describe('the numbers chapter 9 quotes', () => {
  it('says a doubling multiplies the loss by 0.949, about 5% lower', () => {
    expect(lossFactor(2).toFixed(3)).toBe('0.949');
    expect(chapter9).toContain('&= e^{-0.076 \\ln 2} \\approx 0.949');
    expect(chapter9).toContain('Each doubling multiplies the loss by 0.949, about 5% lower');
  });

  it('says halving the loss takes about 9,100 times the parameters, about thirteen doublings', () => {
    const times = multiplierForLossFactor(0.5);
    expect(Math.round(times / 100) * 100).toBe(9100);
    expect(Math.round(Math.log2(times))).toBe(13);
    expect(chapter9).toContain('2^{1/0.076} \\approx 9{,}100');
  });

  it('says a window of 4 over 12 tokens keeps 42 of the 78 causal pairs, and 32 layers of 4096 reach 131,040', () => {
    const saving = slidingWindowSaving(12, 4);
    expect([saving.windowPairs, saving.causalPairs]).toEqual([42, 78]);
    expect(chapter9).toContain('With a window of 4 over 12 tokens, 42 of the 78 causal pairs remain');
    expect(windowReach(4096, 32).toLocaleString('en-US')).toBe('131,040');
    expect(chapter9).toContain('that is 131,040 positions');
  });

  it('says 8 key/value heads cut a 128K cache from 320 GiB to 40 GiB, and one head to 5 GiB', () => {
    const shape = KV_PRESETS.find((p) => p.id === '70b-gqa')?.shape;
    if (!shape) throw new Error('the 70B preset is missing');
    const gib = compareKvHeads(shape, 64, [64, 8, 1]).map((o) => o.memory.totalBytes / 2 ** 30);
    expect(gib).toEqual([320, 40, 5]);
    expect(chapter9).toContain('cut a 128K-token cache from 320 GiB to 40 GiB');
    expect(chapter9).toContain('to 5 GiB');
  });
});

describe('the numbers chapter 10 quotes', () => {
  it('quotes the accuracies the engine test pins (92% at 5, 76% at 12) and chance as 1 in 16', () => {
    expect(chapter10).toMatch(/92% of the\s+second copy['’]s next tokens at a repeat length of 5, and 76% at 12/);
    expect(chapter10).toContain('1 time in 16, 6.25%');
    expect((1 / 16) * 100).toBe(6.25);
  });

  it('puts the stripe R − 1 back, as the simulation shows: 4 back at length 5, 8 back at 9', () => {
    expect(chapter10).toContain('at a repeat length of 5 it sits 4 positions back, at 9 it sits 8 back');
  });
});
