import type { CaseOutcome, PythonError, Value } from './types';

/**
 * The Python side of a run, defined once in the interpreter. It compiles the student's code as `<exercise>` (so
 * tracebacks point at their own lines), runs it in a fresh namespace, calls their function once per case on a copy
 * of the arguments, and returns JSON. Non-finite floats travel as {"$f": "inf"} because JSON has no word for them.
 * print() output is kept, up to a cap, instead of reaching the console.
 */
export const HARNESS_SOURCE = String.raw`
import copy as _copy, json as _json, math as _math, sys as _sys, traceback as _traceback

class _TfsCappedOutput:
    def __init__(self, cap):
        self.cap = cap
        self.parts = []
        self.size = 0
        self.truncated = False
    def write(self, text):
        text = str(text)
        room = self.cap - self.size
        if len(text) > room:
            self.truncated = True
            text = text[:max(room, 0)]
        self.parts.append(text)
        self.size += len(text)
        return len(text)
    def flush(self):
        pass

def _tfs_line(error):
    if isinstance(error, SyntaxError) and error.filename == "<exercise>":
        return error.lineno
    line = None
    for frame in _traceback.extract_tb(error.__traceback__):
        if frame.filename == "<exercise>":
            line = frame.lineno
    return line

def _tfs_error(error):
    message = error.msg if isinstance(error, SyntaxError) else str(error)
    return {"type": type(error).__name__, "message": message, "line": _tfs_line(error)}

def _tfs_plain(value, depth=0):
    if depth > 20:
        raise TypeError("the result is nested too deeply")
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if abs(value) < 2**53 else float(value)
    if isinstance(value, float):
        if _math.isnan(value):
            return {"$f": "nan"}
        if _math.isinf(value):
            return {"$f": "inf" if value > 0 else "-inf"}
        return value
    if isinstance(value, (list, tuple)):
        return [_tfs_plain(v, depth + 1) for v in value]
    raise TypeError("your function returned a " + type(value).__name__ + "; return numbers, True/False or lists of them")

def _tfs_cases(source, function_name, cases_json):
    result = {"fatal": None, "outcomes": []}
    try:
        code = compile(source, "<exercise>", "exec")
        namespace = {"__name__": "__exercise__"}
        exec(code, namespace)
    except BaseException as error:
        result["fatal"] = _tfs_error(error)
        return result
    function = namespace.get(function_name)
    if not callable(function):
        result["fatal"] = {"type": "NameError", "message": "define a function called " + function_name, "line": None}
        return result
    for args in _json.loads(cases_json):
        try:
            value = _tfs_plain(function(*_copy.deepcopy(args)))
            result["outcomes"].append({"ok": True, "value": value})
        except BaseException as error:
            result["outcomes"].append({"ok": False, "error": _tfs_error(error)})
    return result

def _tfs_run(source, function_name, cases_json, output_cap):
    output = _TfsCappedOutput(output_cap)
    saved = _sys.stdout, _sys.stderr
    _sys.stdout = _sys.stderr = output
    try:
        result = _tfs_cases(source, function_name, cases_json)
    finally:
        _sys.stdout, _sys.stderr = saved
    result["stdout"] = "".join(output.parts)
    result["truncated"] = output.truncated
    return _json.dumps(result)
`;

/** Characters of print() output kept per run; the rest is dropped and the page says so. */
export const OUTPUT_CAP = 10_000;

/** What one run of the harness returns. */
export interface HarnessResult {
  fatal: PythonError | null;
  outcomes: CaseOutcome[];
  stdout: string;
  truncated: boolean;
}

/** Turns the harness's JSON back into values, with {"$f": …} markers back into NaN and ±∞. */
export function decodeHarnessResult(json: string): HarnessResult {
  const raw = JSON.parse(json, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value) && '$f' in value) {
      const f = (value as { $f: string }).$f;
      return f === 'nan' ? NaN : f === 'inf' ? Infinity : -Infinity;
    }
    return value;
  }) as HarnessResult;
  return { fatal: raw.fatal, outcomes: raw.outcomes, stdout: String(raw.stdout ?? ''), truncated: Boolean(raw.truncated) };
}

/** Values as JSON for the harness: JSON cannot carry ±∞, so cases must hold finite numbers only. */
export function encodeCases(cases: readonly Value[][]): string {
  return JSON.stringify(cases, (_key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('exercise cases must hold finite numbers');
    return value;
  });
}

/** The part of Pyodide the harness needs; the worker and the tests both pass their own instance. */
export interface PythonRuntime {
  runPython(code: string): unknown;
  globals: { get(name: string): unknown };
}

/** Installs the harness in an interpreter once. */
export function installHarness(python: PythonRuntime): void {
  python.runPython(HARNESS_SOURCE);
}

/** Runs the student's source against the cases in an interpreter where installHarness has run. */
export function runHarness(python: PythonRuntime, source: string, functionName: string, cases: readonly Value[][]): HarnessResult {
  const run = python.globals.get('_tfs_run') as (s: string, f: string, c: string, cap: number) => string;
  return decodeHarnessResult(run(source, functionName, encodeCases(cases), OUTPUT_CAP));
}
