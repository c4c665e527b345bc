import { readFileSync } from 'node:fs';
import { loadPyodide } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKER_IDS, loadChecker } from '../../components/course/exercise/checks';
import { evaluateRun } from '../../components/course/exercise/evaluate';
import { installHarness, runHarness, type PythonRuntime } from '../../components/course/exercise/harness';
import type { Checker, RunReport } from '../../components/course/exercise/types';
import { findLessonFiles } from '../../scripts/content/checkContent';
import { checkerIds, type ExerciseDetail } from '../../scripts/content/exercises';
import { parseLesson } from '../../scripts/content/parseLesson';

// Every exercise in the course, read from the lessons the way the checker reads them.
const exercises: (ExerciseDetail & { file: string })[] = findLessonFiles(process.cwd(), 'content').flatMap((file) =>
  parseLesson(readFileSync(file, 'utf8'), { checkers: checkerIds(process.cwd()) }).exercises.map((e) => ({ ...e, file })),
);

const checkers = await Promise.all(CHECKER_IDS.map(async (id) => ({ id, checker: await loadChecker(id) })));

let python: PythonRuntime;
beforeAll(async () => {
  python = (await loadPyodide()) as unknown as PythonRuntime;
  installHarness(python);
}, 120_000);

/** Runs code against a checker in the same harness the page's worker uses, and judges it the same way. */
function judge(checker: Checker, code: string): RunReport {
  const cases = checker.cases();
  const result = runHarness(python, code, checker.functionName, cases.map((c) => c.args));
  return evaluateRun(checker, cases, result.outcomes, result.fatal);
}

describe('every exercise in the course', () => {
  it('has a checker that exists, and the course has at least 14 exercises', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(14);
    for (const e of exercises) expect(CHECKER_IDS, `${e.file}: ${e.id}`).toContain(e.check);
  });

  it.each(exercises.map((e) => [`${e.file} ${e.id}`, e] as const))('%s: the solution passes every case', async (_name, e) => {
    const report = judge(await loadChecker(e.check), e.solution);
    expect(report.fatal).toBeNull();
    expect(report.cases.filter((c) => c.status !== 'passed')).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it.each(exercises.map((e) => [`${e.file} ${e.id}`, e] as const))('%s: the starter code fails', async (_name, e) => {
    expect(judge(await loadChecker(e.check), e.starter).passed).toBe(false);
  });
});

describe('every checker', () => {
  it.each(CHECKER_IDS.map((id) => [id]))('%s: is used by an exercise and knows at least two mistakes', async (id) => {
    expect(exercises.some((e) => e.check === id)).toBe(true);
    expect((await loadChecker(id)).mistakes.length).toBeGreaterThanOrEqual(2);
  });

  it.each(checkers.flatMap(({ id, checker }) => checker.mistakes.map((m) => [`${id}: ${m.id}`, checker, m.id] as const)))(
    '%s: its example implementation fails and gets exactly that hint',
    (_name, checker, mistakeId) => {
      const mistake = checker.mistakes.find((m) => m.id === mistakeId)!;
      const report = judge(checker, mistake.example);
      expect(report.passed).toBe(false);
      expect(report.mistake?.id).toBe(mistakeId);
    },
  );
});
