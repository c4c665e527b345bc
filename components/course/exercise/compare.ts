import type { Tolerance, Value } from './types';

/** Where and why two values differ, or null when they agree within the tolerance. */
export interface Difference {
  path: number[];
  reason: string;
}

/** Formats a value the way Python would print it, so the student recognises their own output. */
export function formatValue(value: Value, digits = 6): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(v, digits)).join(', ')}]`;
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(digits)));
}

function describe(value: Value): string {
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'None';
  return `a ${typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'bool' : 'string'}`;
}

/** True when two numbers agree within the tolerance; equal infinities agree, NaN never does. */
export function closeEnough(actual: number, expected: number, tolerance: Tolerance): boolean {
  if (Number.isNaN(actual) || Number.isNaN(expected)) return false;
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return actual === expected;
  return Math.abs(actual - expected) <= tolerance.absolute + tolerance.relative * Math.abs(expected);
}

/** The first place, in reading order, where actual differs from expected; null when they agree. */
export function firstDifference(actual: Value, expected: Value, tolerance: Tolerance, path: number[] = []): Difference | null {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return { path, reason: `expected ${describe(expected)}, got ${describe(actual)}` };
    if (actual.length !== expected.length) return { path, reason: `expected ${describe(expected)}, got ${describe(actual)}` };
    for (let i = 0; i < expected.length; i++) {
      const inner = firstDifference(actual[i], expected[i], tolerance, [...path, i]);
      if (inner) return inner;
    }
    return null;
  }
  if (typeof expected === 'number') {
    // Python's True is 1 and an int is a number: accept bools only where a bool was asked for.
    if (typeof actual !== 'number') return { path, reason: `expected ${describe(expected)}, got ${describe(actual)}` };
    if (closeEnough(actual, expected, tolerance)) return null;
    return { path, reason: `expected ${formatValue(expected)}, got ${formatValue(actual)}` };
  }
  if (actual === expected) return null;
  return { path, reason: `expected ${formatValue(expected)}, got ${formatValue(actual)}` };
}

/** True when two values agree everywhere within the tolerance. */
export function sameValue(actual: Value, expected: Value, tolerance: Tolerance): boolean {
  return firstDifference(actual, expected, tolerance) === null;
}

/** Every number inside a value, in reading order. */
export function numbersIn(value: Value): number[] {
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  return typeof value === 'number' ? [value] : [];
}
