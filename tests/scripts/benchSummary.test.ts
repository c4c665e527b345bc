import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../bench/configs';
import { firstLossGap, meanOf, parseSpeedupLine, speedupLine, speedups, speedupsOverBest, tableRows } from '../../bench/summary';

function run(implementation: string, config: 'A' | 'B' | 'C', stepsPerSecond: number, firstLoss = 3.3): RunResult {
  return {
    implementation, config, warmupSteps: 3, timedSteps: stepsPerSecond * 10, seconds: 10, stepsPerSecond,
    tokensPerSecond: stepsPerSecond * 512, gflops: stepsPerSecond * 0.1, firstLoss, lastLoss: 3.2, cpuSeconds: 5,
  };
}

const results = [
  run('engine-simd', 'A', 100), run('engine-ts', 'A', 40), run('tfjs-cpu', 'A', 4), run('tfjs-wasm', 'A', 40),
  run('engine-simd', 'A', 120), run('engine-ts', 'A', 40), run('tfjs-cpu', 'A', 6), run('tfjs-wasm', 'A', 50),
  run('engine-simd', 'B', 12, 4.1885), run('tfjs-cpu', 'B', 0.3, 4.18849), run('tfjs-wasm', 'B', 4, 4.18852),
];

describe('the bench summary', () => {
  it('averages steps per second over the repeated runs of one implementation on one config', () => {
    expect(meanOf(results, 'A', 'engine-simd', 'stepsPerSecond')).toBe(110);
    expect(meanOf(results, 'A', 'tfjs-cpu', 'gflops')).toBeCloseTo(0.5, 12);
    expect(meanOf(results, 'B', 'engine-ts', 'stepsPerSecond')).toBeNaN();
  });

  it('divides mean speeds, so 110 against 5 steps/s on A is 22× and 12 against 0.3 on B is 40×', () => {
    const ratios = speedups(results, ['A', 'B'], 'engine-simd', 'tfjs-cpu');
    expect(ratios.A).toBeCloseTo(22, 12);
    expect(ratios.B).toBeCloseTo(40, 12);
    expect(speedupLine('tfjs_cpu', ratios)).toBe('speedup_vs_tfjs_cpu A=22.0 B=40.0');
    expect(speedupLine('tfjs_wasm', speedups(results, ['A', 'B'], 'engine-simd', 'tfjs-wasm'))).toBe('speedup_vs_tfjs_wasm A=2.4 B=3.0');
  });

  it('divides by the faster of a peer\'s settings per config: one thread on A (45 > 30), two on C (0.9 > 0.75)', () => {
    const both = [
      ...results, run('tfjs-wasm-mt', 'A', 30),
      run('engine-simd', 'C', 2.7), run('tfjs-wasm', 'C', 0.75), run('tfjs-wasm-mt', 'C', 0.9),
    ];
    const ratios = speedupsOverBest(both, ['A', 'B', 'C'], 'engine-simd', ['tfjs-wasm', 'tfjs-wasm-mt']);
    expect(ratios.A).toBeCloseTo(110 / 45, 12);
    expect(ratios.B).toBeCloseTo(12 / 4, 12); // B has no threaded run: the one-thread peer alone
    expect(ratios.C).toBeCloseTo(3, 12);
    expect(speedupLine('tfjs_wasm', ratios)).toBe('speedup_vs_tfjs_wasm A=2.4 B=3.0 C=3.0');
  });

  it('prints a ratio it could not measure as n/a, and reads its own lines back', () => {
    const line = speedupLine('tfjs_wasm', { A: 2.44, B: NaN });
    expect(line).toBe('speedup_vs_tfjs_wasm A=2.4 B=n/a');
    const parsed = parseSpeedupLine(line);
    expect(parsed?.peer).toBe('tfjs_wasm');
    expect(parsed?.ratios.A).toBe(2.4);
    expect(parsed?.ratios.B).toBeNaN();
    expect(parseSpeedupLine('speedup_vs_tfjs_cpu A=12.5 B=31.0')).toEqual({ peer: 'tfjs_cpu', ratios: { A: 12.5, B: 31 } });
  });

  it('does not read other lines as speed-up lines', () => {
    expect(parseSpeedupLine('A: engine-simd 110.00 steps/s')).toBeNull();
    expect(parseSpeedupLine('speedup_vs_tfjs_cpu')).toBeNull();
    expect(parseSpeedupLine('speedup_vs_tfjs_cpu A=fast')).toBeNull();
  });

  it('measures the first-loss gap from the first tfjs-cpu run: 4.18852 − 4.18849 = 3e-5 on B, 0 on A', () => {
    expect(firstLossGap(results, 'A')).toBe(0);
    expect(firstLossGap(results, 'B')).toBeCloseTo(3e-5, 10);
    expect(firstLossGap(results, 'C')).toBeNaN();
  });

  it('measures the gap from the wasm peer on a config the CPU peer does not run (C): 3.30004 − 3.30001 = 3e-5', () => {
    const onC = [run('engine-simd', 'C', 2, 3.30004), run('tfjs-wasm', 'C', 0.5, 3.30001), run('engine-ts', 'C', 0.4, 3.30003)];
    expect(firstLossGap(onC, 'C')).toBeCloseTo(3e-5, 10);
    expect(speedupLine('tfjs_cpu', speedups(onC, ['C'], 'engine-simd', 'tfjs-cpu'))).toBe('speedup_vs_tfjs_cpu C=n/a');
    expect(speedupLine('tfjs_wasm', speedups(onC, ['C'], 'engine-simd', 'tfjs-wasm'))).toBe('speedup_vs_tfjs_wasm C=4.0');
  });

  it('writes one table row per run with GFLOP per processor second: 10 GFLOP/s for 10 s on 5 CPU s is 20', () => {
    const [row] = tableRows([run('engine-simd', 'A', 100)]);
    expect(row).toBe('| A | engine-simd | 100.00 | 51200 | 10.000 | 3.300000 | 3.200000 | 0.50 | 20.000 |');
  });
});
