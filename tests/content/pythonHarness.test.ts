import { loadPyodide } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { installHarness, OUTPUT_CAP, runHarness, type PythonRuntime } from '../../components/course/exercise/harness';

// The harness the exercise worker runs, here in real Python (Pyodide in Node), so what it reports is what a
// student would see.
let python: PythonRuntime;
beforeAll(async () => {
  python = (await loadPyodide()) as unknown as PythonRuntime;
  installHarness(python);
}, 120_000);

describe('the Python harness', () => {
  it('calls the function once per case on its own copy of the arguments', () => {
    const code = 'def f(xs):\n    xs.append(0)\n    return len(xs)\n';
    const result = runHarness(python, code, 'f', [[[1, 2]], [[1, 2]]]);
    expect(result.outcomes).toEqual([{ ok: true, value: 3 }, { ok: true, value: 3 }]);
  });

  it('locates a runtime error on the line of the student’s code where it happened', () => {
    const code = 'import math\n\ndef f(x):\n    y = x + 1\n    return math.log(x - x)\n';
    const [outcome] = runHarness(python, code, 'f', [[2]]).outcomes;
    expect(outcome).toEqual({ ok: false, error: { type: 'ValueError', message: expect.stringMatching(/math domain error|expected a positive input/), line: 5 } });
  });

  it('reports a syntax error with its line and stops before any case', () => {
    const result = runHarness(python, 'def f(x):\n    return [x,\n\ny = 1\n', 'f', [[1]]);
    expect(result.fatal).toMatchObject({ type: 'SyntaxError', line: 2 });
    expect(result.outcomes).toEqual([]);
  });

  it('says which function to define when it is missing', () => {
    expect(runHarness(python, 'def g(x):\n    return x\n', 'f', [[1]]).fatal).toEqual({ type: 'NameError', message: 'define a function called f', line: null });
  });

  it('brings back inf and nan as numbers, and tuples as lists', () => {
    const code = "def f():\n    return (float('inf'), float('-inf'), float('nan'), 2, True, None)\n";
    const [outcome] = runHarness(python, code, 'f', [[]]).outcomes;
    expect(outcome.ok && outcome.value).toEqual([Infinity, -Infinity, NaN, 2, true, null]);
  });

  it('refuses a result that is not numbers or lists, saying what to return', () => {
    const [outcome] = runHarness(python, 'def f():\n    return {"a": 1}\n', 'f', [[]]).outcomes;
    expect(outcome).toMatchObject({ ok: false, error: { type: 'TypeError', message: 'your function returned a dict; return numbers, True/False or lists of them' } });
  });

  it('keeps what print() writes, cut at the cap', () => {
    const result = runHarness(python, `def f():\n    print('x' * ${OUTPUT_CAP + 50})\n    return 1\n`, 'f', [[]]);
    expect(result.stdout).toHaveLength(OUTPUT_CAP);
    expect(result.truncated).toBe(true);
    expect(runHarness(python, "def f():\n    print('hello')\n    return 1\n", 'f', [[]])).toMatchObject({ stdout: 'hello\n', truncated: false });
  });

  it('gives each run a fresh namespace, so nothing defined in one run leaks into the next', () => {
    runHarness(python, 'leaked = 5\ndef f():\n    return leaked\n', 'f', [[]]);
    const [outcome] = runHarness(python, 'def f():\n    return leaked\n', 'f', [[]]).outcomes;
    expect(outcome).toMatchObject({ ok: false, error: { type: 'NameError', line: 2 } });
  });
});
