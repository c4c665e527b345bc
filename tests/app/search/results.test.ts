import { describe, expect, it } from 'vitest';
import { groupResults, markTerms, sectionHref, snippet, type FoundSection } from '../../../app/search/results';
import { searchStatus } from '../../../app/search/searchStatus';
import type { LessonSummary } from '../../../scripts/content/manifest';

const lesson = (track: string, slug: string, title: string, order: number): LessonSummary => ({
  track, slug, route: `/${track}/${slug}`, title, summary: '', order, minutes: 5, questionKeys: [], exerciseKeys: [],
});
const lessons = [lesson('chapters', 'attention', 'Attention', 1), lesson('primer', 'probability', 'Probability', 3)];
const label = (l: LessonSummary) => `${l.track} ${l.order}`;
const found = (route: string, anchor: string, id: number, terms = ['softmax']): FoundSection => ({
  id, route, anchor, heading: anchor ? 'Softmax and scores' : '', text: 'Scores go through softmax to become weights.', score: 10 - id, terms,
});
/** Marked text written as a string, with [brackets] around marked words. */
const show = (parts: { text: string; match: boolean }[]) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('marking matched words', () => {
  it('marks whole words that match, whatever their case, and nothing inside other words', () => {
    expect(show(markTerms('Softmax, softmaxes and soft max: softmax.', new Set(['softmax'])))).toBe('[Softmax], softmaxes and soft max: [softmax].');
  });

  it('keeps every character of the text, separators included', () => {
    const text = 'q · k = Σ_i q_i k_i (see “dot product”)';
    expect(markTerms(text, new Set(['dot'])).map((p) => p.text).join('')).toBe(text);
  });
});

describe('snippets', () => {
  const long = `${'Before the match there is a lot of text. '.repeat(6)}Here softmax appears once. ${'After it more text follows. '.repeat(8)}`;

  it('shows the passage around the first match, cut between words with an ellipsis on each cut side', () => {
    const text = show(snippet(long, new Set(['softmax'])));
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('Here [softmax] appears once.');
    expect(text.length).toBeLessThanOrEqual(170);
    expect(text.slice(1).split(' ')[0]).toMatch(/^[A-Za-z.]+$/);
  });

  it('starts at the beginning, without an ellipsis, when the match is near the start', () => {
    expect(show(snippet('Softmax turns scores into weights.', new Set(['softmax'])))).toBe('[Softmax] turns scores into weights.');
  });

  it('shows the opening of the text when only the title or heading matched', () => {
    const text = show(snippet(long, new Set(['absent'])));
    expect(text.startsWith('Before the match')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('grouping results by lesson', () => {
  it('orders lessons by their best section and keeps the rank order of sections within a lesson', () => {
    const groups = groupResults(
      [found('/primer/probability', 'softmax', 0), found('/chapters/attention', 'scores', 1), found('/primer/probability', '', 2)],
      lessons,
      label,
    );
    expect(groups.map((g) => [g.title, g.label, g.hits.map((h) => h.href)])).toEqual([
      ['Probability', 'primer 3', ['/primer/probability#softmax', '/primer/probability']],
      ['Attention', 'chapters 1', ['/chapters/attention#scores']],
    ]);
  });

  it('marks the matched words in headings and snippets, and calls the top of a lesson its introduction', () => {
    const [group] = groupResults([found('/chapters/attention', 'scores', 0), found('/chapters/attention', '', 1)], lessons, label);
    expect(show(group.hits[0].heading)).toBe('[Softmax] and scores');
    expect(show(group.hits[0].snippet)).toBe('Scores go through [softmax] to become weights.');
    expect(show(group.hits[1].heading)).toBe('Introduction');
  });

  it('lists at most the set number of lessons and of sections per lesson, and skips lessons the app does not know', () => {
    const many = [0, 1, 2, 3].map((i) => found('/chapters/attention', `s${i}`, i));
    const groups = groupResults([found('/chapters/gone', 'x', 9), ...many, found('/primer/probability', 'p', 5)], lessons, label, { lessons: 1, perLesson: 2 });
    expect(groups.map((g) => [g.route, g.hits.map((h) => h.anchor)])).toEqual([['/chapters/attention', ['s0', 's1']]]);
  });

  it('links a section by its anchor and the top of a lesson by its route alone', () => {
    expect(sectionHref('/chapters/attention', 'scores')).toBe('/chapters/attention#scores');
    expect(sectionHref('/chapters/attention', '')).toBe('/chapters/attention');
  });
});

describe('the status line', () => {
  it('says what is happening before there are results', () => {
    expect(searchStatus('loading', 'soft', [])).toBe('Loading the search index…');
    expect(searchStatus('error', 'soft', [])).toMatch(/could not be loaded/);
    expect(searchStatus('ready', '  ', [])).toMatch(/^Search every lesson/);
  });

  it('says so when nothing matches, quoting the query', () => {
    expect(searchStatus('ready', ' zebra ', [])).toBe('No results for “zebra”.');
  });

  it('counts sections and lessons, and says when only the best are listed', () => {
    const two = [found('/chapters/attention', 'a', 0), found('/primer/probability', 'b', 1)];
    expect(searchStatus('ready', 'soft', two)).toBe('2 sections in 2 lessons match.');
    const four = [0, 1, 2, 3].map((i) => found('/chapters/attention', `s${i}`, i));
    expect(searchStatus('ready', 'soft', four)).toBe('4 sections in 1 lesson match; the best are listed.');
  });
});
