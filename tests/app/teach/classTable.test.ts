import { describe, expect, it } from 'vitest';
import { attemptText, cellText, classCsvRows, exerciseText } from '../../../app/teach/classCells';
import { sortRows } from '../../../app/teach/classSort';
import { buildClassTable, mergeReports } from '../../../app/teach/classTable';
import { readReport } from '../../../app/teach/readReport';
import { buildReport, cleanName, reportFileName, type ProgressReport } from '../../../app/teach/report';
import { emptyProgress, type ProgressData } from '../../../app/stores/progressModel';
import { CATALOG } from './lessons';

const NOW = Date.UTC(2026, 10, 23, 15, 0, 0);
const right = (at: number) => ({ selected: [0], correct: true, at });
const wrong = { selected: [1], correct: false, at: NOW };

/** A report for a student from answers by key. */
function reportFor(student: string, answers: ProgressData['answers']): ProgressReport {
  return buildReport(student, CATALOG, { ...emptyProgress(), answers }, NOW);
}

describe('progress reports', () => {
  it('reports each lesson with status, score and when its last question was answered right', () => {
    const report = reportFor('  Ada  ', { 'q1/a': right(NOW - 5000), 'q1/b': right(NOW - 1000), 'q2/a': wrong });
    expect(report.student).toBe('Ada');
    expect(report.generatedAt).toBe('2026-11-23T15:00:00.000Z');
    const untried = (key: string) => ({ key, tries: 0, firstTry: null });
    const none = { exercisesPassed: 0, exercisesTotal: 0 };
    expect(report.lessons).toEqual([
      { route: '/chapters/one', title: 'One', status: 'complete', correct: 2, total: 2, ...none, questions: [untried('q1/a'), untried('q1/b')], completedAt: new Date(NOW - 1000).toISOString() },
      { route: '/chapters/two', title: 'Two', status: 'visited', correct: 0, total: 1, ...none, questions: [untried('q2/a')], completedAt: null },
      { route: '/primer/three', title: 'Three', status: 'not-started', correct: 0, total: 1, ...none, questions: [untried('q3/a')], completedAt: null },
    ]);
    expect(reportFileName(report)).toBe('progress-report-ada-2026-11-23.json');
  });

  it('caps a name at 80 characters and keeps it as typed otherwise', () => {
    expect(cleanName(' Zoë O’Brien ')).toBe('Zoë O’Brien');
    expect(cleanName('n'.repeat(100))).toHaveLength(80);
  });

  it('reads back its own report and refuses bad files with a reason', () => {
    const report = reportFor('Ada', {});
    const text = JSON.stringify(report);
    expect(readReport(text, text.length)).toEqual({ ok: true, report });
    expect(readReport('{"format":', 10)).toEqual({ ok: false, reason: 'is not valid JSON (the file may be cut short or not a report)' });
    expect(readReport(text, 2 * 1024 * 1024)).toEqual({ ok: false, reason: 'is 2.0 MB, more than the 1 MB a report can be' });
    expect(readReport('[]', 2)).toMatchObject({ ok: false, reason: 'is not a progress report (expected a JSON object)' });
    expect(readReport(JSON.stringify({ ...report, version: 9 }), 10)).toMatchObject({ ok: false, reason: 'is report version 9; this page reads versions 1 and 2 (if it is newer, reload this page to get the current course)' });
    expect(readReport(JSON.stringify({ ...report, extra: 1 }), 10)).toMatchObject({ ok: false, reason: 'has fields a report does not have: extra' });
    expect(readReport('{"format":"tfs-progress-report","version":2}', 10)).toMatchObject({ ok: false, reason: 'is missing the field student' });
    const badScore = { ...report, lessons: [{ ...report.lessons[0], correct: 5 }] };
    expect(readReport(JSON.stringify(badScore), 10)).toMatchObject({ ok: false, reason: 'field lessons[0]: has more correct answers than questions' });
  });

  it('drops __proto__ keys from a class report without polluting any object', () => {
    const result = readReport('{"__proto__": {"polluted": 1}}', 30);
    expect(result.ok).toBe(false);
    const report = reportFor('Ada', {});
    const sneaky = JSON.stringify(report).replace('{"format"', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"format"');
    const read = readReport(sneaky, sneaky.length);
    expect(read).toEqual({ ok: true, report });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('the class table', () => {
  const reports = [
    { id: 'b.json', report: reportFor('Bea', { 'q1/a': right(NOW), 'q1/b': right(NOW), 'q2/a': right(NOW) }) },
    { id: 'a.json', report: reportFor('Ann', { 'q2/a': wrong }) },
    { id: 'c.json', report: reportFor('Cy', { 'q1/a': right(NOW), 'q3/a': right(NOW) }) },
  ];
  const table = buildClassTable(reports, CATALOG);
  const names = (key: Parameters<typeof sortRows>[1], dir: 'ascending' | 'descending') => sortRows(table.rows, key, dir).map((r) => r.student);

  it('has one column per lesson in course order and counts complete lessons', () => {
    expect(table.columns.map((c) => c.title)).toEqual(['One', 'Two', 'Three']);
    expect(table.rows.map((r) => [r.student, r.complete])).toEqual([['Bea', 2], ['Ann', 0], ['Cy', 1]]);
  });

  it('sorts by name, by lessons complete and by one lesson, both ways', () => {
    expect(names({ kind: 'student' }, 'ascending')).toEqual(['Ann', 'Bea', 'Cy']);
    expect(names({ kind: 'student' }, 'descending')).toEqual(['Cy', 'Bea', 'Ann']);
    expect(names({ kind: 'complete' }, 'descending')).toEqual(['Bea', 'Cy', 'Ann']);
    // Lesson One: Bea complete, Cy started with 1 of 2, Ann not started.
    expect(names({ kind: 'lesson', route: '/chapters/one' }, 'descending')).toEqual(['Bea', 'Cy', 'Ann']);
    expect(names({ kind: 'lesson', route: '/chapters/one' }, 'ascending')).toEqual(['Ann', 'Cy', 'Bea']);
    // Lesson Two: Ann started (0 of 1) ranks above Cy not started; ties keep name order.
    expect(names({ kind: 'lesson', route: '/chapters/two' }, 'ascending')).toEqual(['Cy', 'Ann', 'Bea']);
  });

  it('writes the CSV with status and numbers in separate columns, in the order shown', () => {
    const rows = classCsvRows(table, sortRows(table.rows, { kind: 'student' }, 'ascending'), false);
    expect(rows[0].slice(0, 12)).toEqual(['Student', 'Report generated', 'Lessons complete', 'Lessons in table', 'One: status', 'One: score', 'One: questions', 'One: exercises passed', 'One: exercises', 'One: right first try', 'One: tries', 'One: tries per question']);
    expect(rows[1].slice(0, 8)).toEqual(['Ann', '2026-11-23T15:00:00.000Z', 0, 3, 'Not started', 0, 2, 0]);
    expect(rows[3].slice(-8)).toEqual(['Complete', 1, 1, 0, 0, 0, 0, '–']);
    expect(cellText(undefined)).toBe('Not in report');
  });

  it('keeps a lesson the course no longer has as a column after the known ones', () => {
    const gone = { route: '/chapters/gone', title: 'Gone', status: 'complete' as const, correct: 1, total: 1, exercisesPassed: 0, exercisesTotal: 0, questions: [], completedAt: null };
    const old = { ...reports[0].report, lessons: [...reports[0].report.lessons, gone] };
    expect(buildClassTable([{ id: 'x', report: old }], CATALOG).columns.map((c) => c.title)).toEqual(['One', 'Two', 'Three', 'Gone']);
  });
});

describe('a class tied to an assignment', () => {
  const week = { routes: ['/chapters/one', '/primer/three'], title: 'Week 1', due: '2026-11-20' };
  const progress = (answers: ProgressData['answers'], attempts: ProgressData['attempts'] = {}) => ({ ...emptyProgress(), answers, attempts });
  const bobOld = buildReport('Bob Builder', CATALOG, progress({ 'q1/a': right(NOW) }), NOW - 86_400_000);
  const bobNew = buildReport('bob  builder', CATALOG, progress({ 'q1/a': right(NOW), 'q1/b': right(NOW) }, { 'q1/a': { tries: 1, firstTry: true }, 'q1/b': { tries: 3, firstTry: false } }), NOW);
  const loaded = [
    { id: 'bob-new.json', report: bobNew },
    { id: 'bob-old.json', report: bobOld },
  ];

  it('merges two reports of one student into one row, keeping the newest and saying which was set aside', () => {
    expect(mergeReports(loaded).merged).toEqual([{ student: 'bob  builder', kept: 'bob-new.json', dropped: ['bob-old.json'] }]);
    const table = buildClassTable(loaded, CATALOG);
    expect(table.rows.map((r) => r.id)).toEqual(['bob-new.json']);
  });

  it('shows only the assigned lessons, counts "1 of 2" and says overdue once the due day has passed', () => {
    const table = buildClassTable(loaded, CATALOG, week, '2026-11-24');
    expect(table.columns.map((c) => c.title)).toEqual(['One', 'Three']);
    expect(table.rows[0].complete).toBe(1);
    expect(table.rows[0].due).toBe('overdue');
    expect(buildClassTable(loaded, CATALOG, week, '2026-11-19').rows[0].due).toBe('open');
    expect(buildClassTable(loaded, CATALOG, { ...week, routes: ['/chapters/one'] }, '2026-11-24').rows[0].due).toBe('done-late');
    const csv = classCsvRows(table, table.rows, true);
    expect(csv[0]).toContain('Due status');
    expect(csv[1].slice(0, 5)).toEqual(['bob  builder', bobNew.generatedAt, 1, 2, 'overdue']);
  });

  it('shows first-try correctness and tries per question, so a wrong-then-right answer is not just "complete"', () => {
    const cell = buildClassTable(loaded, CATALOG).rows[0].cells.get('/chapters/one')!;
    expect(cellText(cell)).toBe('Complete 2/2');
    expect(attemptText(cell)).toBe('right first try 1 of 2 · tries 1 3');
    const csv = classCsvRows(buildClassTable(loaded, CATALOG, week, '2026-11-24'), buildClassTable(loaded, CATALOG, week, '2026-11-24').rows, false);
    expect(csv[1].slice(4, 12)).toEqual(['Complete', 2, 2, 0, 0, 1, 4, '1 3']);
  });

  it('reports exercises passed per lesson beside the quiz score', () => {
    const withExercise = CATALOG.map((l) => (l.route === '/chapters/one' ? { ...l, exerciseKeys: ['ex-softmax'] } : l));
    const data = { ...emptyProgress(), answers: { 'q1/a': right(NOW), 'q1/b': right(NOW) }, exercises: { 'ex-softmax': { code: 'x', passed: true, passedCode: 'x', check: 'softmax', at: NOW } } };
    const line = buildReport('Ada', withExercise, data, NOW).lessons[0];
    expect(line).toMatchObject({ status: 'complete', exercisesPassed: 1, exercisesTotal: 1 });
    expect(exerciseText(line)).toBe('exercises 1 of 1');
    const csv = classCsvRows(buildClassTable([{ id: 'a', report: buildReport('Ada', withExercise, data, NOW) }], withExercise), buildClassTable([{ id: 'a', report: buildReport('Ada', withExercise, data, NOW) }], withExercise).rows, false);
    expect(csv[1].slice(4, 9)).toEqual(['Complete', 2, 2, 1, 1]);
  });

  it('reads a version 1 report as having no exercises, tries or assignments, and names a progress file as one', () => {
    const v1 = { format: 'tfs-progress-report', version: 1, student: 'Old', generatedAt: bobNew.generatedAt, lessons: [{ route: '/chapters/one', title: 'One', status: 'complete', correct: 2, total: 2, completedAt: null }] };
    const read = readReport(JSON.stringify(v1), 100);
    expect(read).toMatchObject({ ok: true, report: { version: 2, assignments: [], lessons: [{ exercisesPassed: 0, exercisesTotal: 0, questions: [] }] } });
    const file = JSON.stringify({ format: 'tfs-progress-file', exportedAt: 'x', progress: { version: 4, state: {} } });
    expect(readReport(file, file.length)).toEqual({ ok: false, reason: 'is a progress file (for moving progress to another device), not a report; ask the student for the report they download from the report page (/report)' });
  });
});
