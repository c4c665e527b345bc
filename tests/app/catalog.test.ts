import { describe, expect, it } from 'vitest';
import outline from '../../content/chapters/outline.json';
import { chapterSlots, neighbours } from '../../app/course/catalog';
import { lessonLabel, otherTracks, trackName } from '../../app/course/tracks';
import type { LessonEntry } from '../../scripts/content/manifest';

const entry = (order: number, slug: string, track = 'chapters'): LessonEntry => ({
  track, slug, route: `/${track}/${slug}`, file: `content/${track}/0${order}-${slug}.mdx`, title: `Lesson ${slug}`, summary: 's',
  order, objectives: [], minutes: 1, headings: [], quizzes: [], questionKeys: [], exerciseKeys: [],
});

describe('the chapter list', () => {
  it('has eleven slots, numbered 0 to 10, each with a title and summary', () => {
    const slots = chapterSlots(outline, []);
    expect(slots.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(slots.every((s) => s.kind === 'planned' && s.title && s.summary)).toBe(true);
    expect(slots[10].title).toBe('What makes it work');
  });

  it('shows a written lesson in place of its outline entry, and the rest as in preparation', () => {
    const slots = chapterSlots(outline, [entry(1, 'attention')]);
    expect(slots[1]).toMatchObject({ kind: 'lesson', title: 'Lesson attention' });
    expect(slots[0].kind).toBe('planned');
  });

  it('links each lesson to its neighbours within the same track only', () => {
    const lessons = [entry(0, 'a'), entry(1, 'b'), entry(2, 'c'), entry(0, 'p', 'primer')];
    expect(neighbours(lessons, '/chapters/a')).toEqual({ previous: undefined, next: lessons[1] });
    expect(neighbours(lessons, '/chapters/c')).toEqual({ previous: lessons[1], next: undefined });
    expect(neighbours(lessons, '/primer/p')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('tracks beside the chapters', () => {
  it('groups other tracks in a fixed order with readable names, lessons in order', () => {
    const lessons = [entry(2, 'b', 'primer'), entry(1, 'x', 'new-track'), entry(1, 'a', 'primer'), entry(1, 'f', 'forward-pass'), entry(0, 'c')];
    expect(otherTracks(lessons).map((t) => [t.name, t.lessons.map((l) => l.slug)])).toEqual([
      ['Math primer', ['a', 'b']],
      ['One forward pass', ['f']],
      ['New track', ['x']],
    ]);
  });

  it('labels a chapter by its number and another lesson by its track', () => {
    expect(lessonLabel({ track: 'chapters', order: 3 })).toBe('Chapter 3');
    expect(lessonLabel({ track: 'primer', order: 2 })).toBe('Math primer · lesson 2');
    expect(trackName('ladder')).toBe('The ladder');
  });
});
