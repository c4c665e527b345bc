import { describe, expect, it } from 'vitest';
import {
  crossEntropyCurve, crossEntropyPoint, examplesPerSequence, scheduleCurve, scheduleLandmarks,
} from '../../engine/trainingCurves';

describe('crossEntropyPoint', () => {
  it('costs ln 2 = 0.693 nats when the right token gets probability one half', () => {
    const point = crossEntropyPoint(0.5);
    expect(point.loss).toBeCloseTo(0.693147, 6);
    expect(point.equivalentChoices).toBeCloseTo(2, 12);
    expect(point.wrongShare).toBe(0.5);
  });
  it('costs exactly 1 nat at p = 1/e, nothing at p = 1, and ln 100 = 4.605 at p = 0.01', () => {
    expect(crossEntropyPoint(1 / Math.E).loss).toBeCloseTo(1, 12);
    expect(crossEntropyPoint(1).loss).toBe(0);
    expect(crossEntropyPoint(0.01).loss).toBeCloseTo(4.605170, 6);
  });
  it('rejects a probability of 0 or one outside [0, 1] instead of returning infinity', () => {
    expect(() => crossEntropyPoint(0)).toThrow(RangeError);
    expect(() => crossEntropyPoint(1.2)).toThrow(RangeError);
    expect(() => crossEntropyPoint(Number.NaN)).toThrow(RangeError);
  });
});

describe('crossEntropyCurve', () => {
  it('spaces the probabilities evenly and includes both ends', () => {
    const curve = crossEntropyCurve(0.25, 1, 4);
    expect(curve.map((p) => p.probability)).toEqual([0.25, 0.5, 0.75, 1]);
    // −ln 0.25 = 2 ln 2 = 1.386294; −ln 0.75 = 0.287682.
    expect(curve[0].loss).toBeCloseTo(1.386294, 6);
    expect(curve[2].loss).toBeCloseTo(0.287682, 6);
  });
});

describe('scheduleCurve and scheduleLandmarks', () => {
  const schedule = { maxRate: 6e-4, minRate: 6e-5, warmupSteps: 100, totalSteps: 2000 };

  it('starts at peak / warmup, peaks where warmup ends, reaches the mean halfway and the floor at the end', () => {
    const marks = scheduleLandmarks(schedule);
    expect(marks.first).toBeCloseTo(6e-6, 15); // 6e-4 × 1/100
    expect(marks.peakStep).toBe(100);
    expect(marks.peak).toBeCloseTo(6e-4, 15);
    // Halfway through the cosine, cos(π/2) = 0: the rate is (6e-4 + 6e-5) / 2 = 3.3e-4.
    expect(marks.halfwayStep).toBe(1050);
    expect(marks.halfway).toBeCloseTo(3.3e-4, 15);
    expect(marks.final).toBeCloseTo(6e-5, 15);
  });

  it('draws a quarter of the way into the decay at floor + (peak − floor)(1 + cos(π/4))/2', () => {
    const curve = scheduleCurve({ maxRate: 1, minRate: 0, warmupSteps: 0, totalSteps: 400 }, 5);
    expect(curve.map((p) => p.step)).toEqual([0, 100, 200, 300, 400]);
    expect(curve[1].rate).toBeCloseTo((1 + Math.SQRT1_2) / 2, 12); // 0.853553
    expect(curve[2].rate).toBeCloseTo(0.5, 12);
    expect(curve[4].rate).toBe(0);
  });

  it('always includes the last warmup step and the peak, in step order', () => {
    const curve = scheduleCurve(schedule, 11);
    const steps = curve.map((p) => p.step);
    expect(steps).toContain(99);
    expect(steps).toContain(100);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(curve.find((p) => p.step === 99)?.rate).toBeCloseTo(6e-4, 15); // (99 + 1)/100 × peak
    expect(Math.max(...curve.map((p) => p.rate))).toBeCloseTo(6e-4, 15);
  });
});

describe('examplesPerSequence', () => {
  it('gives n − 1 next-token examples for n tokens, and none for an empty sequence', () => {
    expect(examplesPerSequence(6)).toBe(5);
    expect(examplesPerSequence(1)).toBe(0);
    expect(examplesPerSequence(0)).toBe(0);
  });
});
