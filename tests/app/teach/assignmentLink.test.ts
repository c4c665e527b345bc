import { describe, expect, it } from 'vitest';
import { decodeAssignment, encodeAssignment, isValidDate, MAX_QUERY_LENGTH, MAX_TITLE_LENGTH } from '../../../app/teach/assignmentLink';
import { legacyLessonCode, lessonCode } from '../../../app/teach/lessonCodes';
import { MAX_SAVED_ASSIGNMENTS, readSavedAssignments, withDismissed, withOpened } from '../../../app/teach/savedAssignment';
import { CATALOG, courseLessons } from './lessons';

const query = (path: string) => path.slice(path.indexOf('?') + 1);

describe('assignment links', () => {
  it('names lessons by track letter and slug, so a code survives the lesson being renumbered', () => {
    expect(CATALOG.map(lessonCode)).toEqual(['c-one', 'c-two', 'p-three']);
    expect(lessonCode({ track: 'new-track', slug: 'intro' })).toBe('new-track_-intro');
    const renumbered = CATALOG.map((l) => (l.route === '/chapters/two' ? { ...l, order: 3 } : l));
    expect(decodeAssignment('l=c-two', renumbered).assignment?.routes).toEqual(['/chapters/two']);
  });

  it('still reads links made with the older order codes', () => {
    expect(legacyLessonCode({ track: 'chapters', order: 11 })).toBe('cb');
    expect(decodeAssignment('l=c0.cb.p1', CATALOG).assignment?.routes).toEqual(['/chapters/one', '/chapters/two', '/primer/three']);
  });

  it('round-trips lessons, title and due date, listing lessons in course order', () => {
    const path = encodeAssignment({ routes: ['/primer/three', '/chapters/one'], title: 'Week 1 & 2', due: '2026-12-01' }, CATALOG);
    expect(path).toBe('/assignment?l=c-one.p-three&t=Week+1+%26+2&d=2026-12-01');
    expect(decodeAssignment(query(path), CATALOG)).toEqual({
      assignment: { routes: ['/chapters/one', '/primer/three'], title: 'Week 1 & 2', due: '2026-12-01' },
      problems: [],
      dropped: 0,
    });
  });

  it('stays under 2,000 characters with every lesson of the real course, a long title and a due date', () => {
    const lessons = courseLessons();
    expect(lessons.length).toBeGreaterThan(20);
    const path = encodeAssignment({ routes: lessons.map((l) => l.route), title: 'x'.repeat(MAX_TITLE_LENGTH), due: '2026-12-01' }, lessons);
    const link = `https://transformer-from-scratch.example.org${path}`;
    expect(link.length).toBeLessThan(2000);
    expect(decodeAssignment(query(path), lessons).assignment?.routes).toHaveLength(lessons.length);
  });

  it('drops unknown, malformed and repeated entries and counts them', () => {
    const decoded = decodeAssignment('l=c0.zz.<script>.c0..p1.__proto__', CATALOG);
    expect(decoded.assignment?.routes).toEqual(['/chapters/one', '/primer/three']);
    expect(decoded.dropped).toBe(4);
    expect(decoded.problems).toEqual(['dropped-entries']);
  });

  it('refuses an oversized query whole, without reading it', () => {
    const decoded = decodeAssignment(`l=${'c0.'.repeat(MAX_QUERY_LENGTH)}`, CATALOG);
    expect(decoded).toEqual({ assignment: null, problems: ['oversized'], dropped: 0 });
  });

  it('cuts a long title, strips control characters and refuses impossible dates', () => {
    const decoded = decodeAssignment(`l=c0&t=${encodeURIComponent('a\u0007b' + 'x'.repeat(200))}&d=2026-02-30`, CATALOG);
    expect(decoded.assignment?.title).toBe(`a b${'x'.repeat(MAX_TITLE_LENGTH - 3)}`);
    expect(decoded.assignment?.due).toBeNull();
    expect(decoded.problems).toEqual(['title-cut', 'bad-date']);
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('2026-1-01')).toBe(false);
  });

  it('gives no assignment when no entry names a lesson', () => {
    expect(decodeAssignment('l=zz9&t=Hi', CATALOG)).toEqual({ assignment: null, problems: ['dropped-entries', 'no-lessons'], dropped: 1 });
    expect(decodeAssignment('', CATALOG).problems).toEqual(['no-lessons']);
  });
});

describe('the saved assignments', () => {
  const one = { assignment: { routes: ['/chapters/one', '/gone/lesson'], title: 'T', due: null }, dismissed: true };
  const week2 = { routes: ['/primer/three'], title: 'Week 2', due: '2026-12-01' };

  it('reads the single assignment of version 1 as a list of one, keeping the lessons that still exist and the dismissal', () => {
    expect(readSavedAssignments(JSON.stringify({ version: 1, ...one }), CATALOG)).toEqual([{ ...one, assignment: { ...one.assignment, routes: ['/chapters/one'] } }]);
  });

  it('holds several assignments, most recently opened first, and dismisses one without the others', () => {
    const first = withOpened([], { routes: ['/chapters/one'], title: 'Week 1', due: null });
    const both = withOpened(first, week2);
    expect(both.map((s) => s.assignment.title)).toEqual(['Week 2', 'Week 1']);
    const dismissed = withDismissed(both, week2);
    expect(dismissed.map((s) => s.dismissed)).toEqual([true, false]);
    expect(withOpened(dismissed, week2)[0]).toEqual({ assignment: week2, dismissed: false });
    const raw = JSON.stringify({ version: 2, items: dismissed });
    expect(readSavedAssignments(raw, CATALOG)).toEqual(dismissed);
  });

  it('keeps at most ten, forgetting the one opened longest ago', () => {
    let items = withOpened([], { routes: ['/chapters/one'], title: 'oldest', due: null });
    for (let i = 0; i < MAX_SAVED_ASSIGNMENTS; i += 1) items = withOpened(items, { routes: ['/chapters/one'], title: `n${i}`, due: null });
    expect(items).toHaveLength(MAX_SAVED_ASSIGNMENTS);
    expect(items.some((s) => s.assignment.title === 'oldest')).toBe(false);
  });

  it('ignores another version, extra fields and broken JSON', () => {
    expect(readSavedAssignments(JSON.stringify({ version: 3, items: [one] }), CATALOG)).toEqual([]);
    expect(readSavedAssignments(JSON.stringify({ version: 2, items: [{ ...one, extra: 1 }] }), CATALOG)).toEqual([]);
    expect(readSavedAssignments('{"version":', CATALOG)).toEqual([]);
  });
});
