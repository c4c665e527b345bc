import type { RunResult } from './configs';

/*
 * The bench's arithmetic and its printed lines, apart from the timing, so a test can check them: the means over
 * repeated runs, the speed-up lines a script can read back, and whether every implementation started from the
 * same loss (the same first batch and the same weights).
 */

/**
 * What the bench compares, in the order it runs them each round. tfjs-wasm-mt is the WebAssembly backend with two
 * threads, which only a machine with two cores or more runs.
 */
export const IMPLEMENTATIONS = ['engine-simd', 'engine-ts', 'tfjs-cpu', 'tfjs-wasm', 'tfjs-wasm-mt'] as const;
/** One of the compared implementations. */
export type Implementation = (typeof IMPLEMENTATIONS)[number];

/** The mean of one number over every run of an implementation on a config; NaN when there is no such run. */
export function meanOf(results: readonly RunResult[], config: string, implementation: string, key: 'stepsPerSecond' | 'gflops'): number {
  const values = results.filter((r) => r.config === config && r.implementation === implementation).map((r) => r[key]);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

/** Mean steps/s of `faster` over mean steps/s of `baseline`, per config. */
export function speedups(results: readonly RunResult[], configs: readonly string[], faster: string, baseline: string): Record<string, number> {
  return Object.fromEntries(configs.map((c) => [c, meanOf(results, c, faster, 'stepsPerSecond') / meanOf(results, c, baseline, 'stepsPerSecond')]));
}

/**
 * Mean steps/s of `faster` over the fastest of `baselines` on each config (by mean steps/s; those never run are
 * left out): the speed-up over a peer at its best setting.
 */
export function speedupsOverBest(
  results: readonly RunResult[], configs: readonly string[], faster: string, baselines: readonly string[],
): Record<string, number> {
  return Object.fromEntries(configs.map((c) => {
    const best = Math.max(...baselines.map((b) => meanOf(results, c, b, 'stepsPerSecond')).filter((x) => !Number.isNaN(x)));
    return [c, meanOf(results, c, faster, 'stepsPerSecond') / best];
  }));
}

/** `speedup_vs_<peer> A=<x> B=<y>`, one decimal; a ratio that is not a finite number prints as n/a. */
export function speedupLine(peer: string, ratios: Record<string, number>): string {
  const parts = Object.entries(ratios).map(([c, r]) => `${c}=${Number.isFinite(r) ? r.toFixed(1) : 'n/a'}`);
  return [`speedup_vs_${peer}`, ...parts].join(' ');
}

/** Reads a speed-up line back: the peer and the ratio per config (NaN for n/a); null for any other line. */
export function parseSpeedupLine(line: string): { peer: string; ratios: Record<string, number> } | null {
  const match = /^speedup_vs_(\S+)((?: \w+=(?:\d+(?:\.\d+)?|n\/a))+)\s*$/.exec(line.trim());
  if (!match) return null;
  const ratios: Record<string, number> = {};
  for (const part of match[2].trim().split(' ')) {
    const [config, value] = part.split('=');
    ratios[config] = value === 'n/a' ? NaN : Number(value);
  }
  return { peer: match[1], ratios };
}

/** The largest gap between any implementation's first loss and the first TensorFlow.js run's (CPU, else wasm). */
export function firstLossGap(results: readonly RunResult[], config: string): number {
  const runs = results.filter((r) => r.config === config);
  const reference = runs.find((r) => r.implementation === 'tfjs-cpu') ?? runs.find((r) => r.implementation === 'tfjs-wasm') ?? runs[0];
  if (!reference) return NaN;
  return Math.max(...runs.map((r) => Math.abs(r.firstLoss - reference.firstLoss)));
}

/** One markdown table row per run, with the processor share and GFLOP per processor second. */
export function tableRows(results: readonly RunResult[]): string[] {
  const fmt = (x: number, digits: number) => x.toFixed(digits);
  return results.map((r) => `| ${r.config} | ${r.implementation} | ${fmt(r.stepsPerSecond, 2)} | ${fmt(r.tokensPerSecond, 0)} | ` +
    `${fmt(r.gflops, 3)} | ${fmt(r.firstLoss, 6)} | ${fmt(r.lastLoss, 6)} | ${fmt(r.cpuSeconds / r.seconds, 2)} | ` +
    `${fmt((r.gflops * r.seconds) / r.cpuSeconds, 3)} |`);
}
