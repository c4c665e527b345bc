import { describe, expect, it } from 'vitest';
import { buildClassTable, cellText, classCsvRows, sortRows } from '../../../app/teach/classTable';
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
    expect(report.lessons).toEqual([
      { route: '/chapters/one', title: 'One', status: 'complete', correct: 2, total: 2, completedAt: new Date(NOW - 1000).toISOString() },
      { route: '/chapters/two', title: 'Two', status: 'visited', correct: 0, total: 1, completedAt: null },
      { route: '/primer/three', title: 'Three', status: 'not-started', correct: 0, total: 1, completedAt: null },
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
    expect(readReport(JSON.stringify({ ...report, version: 9 }), 10)).toMatchObject({ ok: false, reason: 'is report version 9; this page reads version 1' });
    expect(readReport(JSON.stringify({ ...report, extra: 1 }), 10)).toMatchObject({ ok: false, reason: 'has fields a report does not have: extra' });
    expect(readReport('{"format":"tfs-progress-report","version":1}', 10)).toMatchObject({ ok: false, reason: 'is missing the field student' });
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

  it('writes the CSV rows in the order shown, with each cell in words', () => {
    const rows = classCsvRows(table, sortRows(table.rows, { kind: 'student' }, 'ascending'));
    expect(rows[0]).toEqual(['Student', 'Report generated', 'Lessons complete', 'One', 'Two', 'Three']);
    expect(rows[1]).toEqual(['Ann', '2026-11-23T15:00:00.000Z', '0', 'Not started 0/2', 'Started 0/1', 'Not started 0/1']);
    expect(rows[3]).toEqual(['Cy', '2026-11-23T15:00:00.000Z', '1', 'Started 1/2', 'Not started 0/1', 'Complete 1/1']);
    expect(cellText(undefined)).toBe('Not in report');
  });

  it('keeps a lesson the course no longer has as a column after the known ones', () => {
    const old = { ...reports[0].report, lessons: [...reports[0].report.lessons, { route: '/chapters/gone', title: 'Gone', status: 'complete' as const, correct: 1, total: 1, completedAt: null }] };
    expect(buildClassTable([{ id: 'x', report: old }], CATALOG).columns.map((c) => c.title)).toEqual(['One', 'Two', 'Three', 'Gone']);
  });
});
