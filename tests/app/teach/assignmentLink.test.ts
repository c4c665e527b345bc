import { describe, expect, it } from 'vitest';
import { decodeAssignment, encodeAssignment, isValidDate, MAX_QUERY_LENGTH, MAX_TITLE_LENGTH } from '../../../app/teach/assignmentLink';
import { lessonCode } from '../../../app/teach/lessonCodes';
import { readSavedAssignment } from '../../../app/teach/savedAssignment';
import { CATALOG, courseLessons } from './lessons';

const query = (path: string) => path.slice(path.indexOf('?') + 1);

describe('assignment links', () => {
  it('names lessons by short codes: track letter and order in base 36', () => {
    expect(CATALOG.map(lessonCode)).toEqual(['c0', 'cb', 'p1']);
    expect(lessonCode({ track: 'new-track', order: 40 })).toBe('new-track_14');
  });

  it('round-trips lessons, title and due date, listing lessons in course order', () => {
    const path = encodeAssignment({ routes: ['/primer/three', '/chapters/one'], title: 'Week 1 & 2', due: '2026-12-01' }, CATALOG);
    expect(path).toBe('/assignment?l=c0.p1&t=Week+1+%26+2&d=2026-12-01');
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

describe('the saved assignment', () => {
  const saved = { version: 1, assignment: { routes: ['/chapters/one', '/gone/lesson'], title: 'T', due: null }, dismissed: true };

  it('keeps the lessons that still exist and the dismissal', () => {
    expect(readSavedAssignment(JSON.stringify(saved), CATALOG)).toEqual({ ...saved, assignment: { ...saved.assignment, routes: ['/chapters/one'] } });
  });

  it('ignores another version, extra fields and broken JSON', () => {
    expect(readSavedAssignment(JSON.stringify({ ...saved, version: 2 }), CATALOG)).toBeNull();
    expect(readSavedAssignment(JSON.stringify({ ...saved, extra: 1 }), CATALOG)).toBeNull();
    expect(readSavedAssignment('{"version":', CATALOG)).toBeNull();
  });
});
