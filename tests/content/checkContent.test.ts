import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/content/checkContent';
import { formatProblem } from '../../scripts/content/manifest';

const root = process.cwd();
const problemsIn = (dir: string) => checkContent(root, `tests/fixtures/${dir}`).problems.map(formatProblem);

describe('the content checker', () => {
  it('finds the fixture lessons and lists their routes, headings and question keys', () => {
    const { lessons, problems } = checkContent(root, 'tests/fixtures/valid');
    expect(problems).toEqual([]);
    expect(lessons.map((l) => l.route)).toEqual(['/chapters/first-steps', '/chapters/second-steps']);
    const first = lessons[0];
    expect(first).toMatchObject({ title: 'First steps', order: 0, minutes: 5, file: 'tests/fixtures/valid/chapters/00-first-steps.mdx' });
    expect(first.headings).toEqual([
      { depth: 2, text: 'Dot products', slug: 'dot-products' },
      { depth: 3, text: 'A smaller section', slug: 'a-smaller-section' },
      { depth: 2, text: 'Check your understanding', slug: 'check-your-understanding' },
    ]);
    expect(first.questionKeys).toEqual(['fixture-first/colour', 'fixture-first/evens', 'fixture-first/sum']);
  });

  it('names the file, line and field of a bad frontmatter field, and reports every problem at once', () => {
    expect(problemsIn('bad-frontmatter')).toEqual([
      'tests/fixtures/bad-frontmatter/chapters/00-first-steps.mdx:5:1 frontmatter: unknown field "author" (allowed: title, summary, order, objectives, minutes)',
      'tests/fixtures/bad-frontmatter/chapters/00-first-steps.mdx:9:1 frontmatter: field "minutes" must be greater than 0',
    ]);
  });

  it('names both files when a quiz id is used twice across the course', () => {
    expect(problemsIn('duplicate-quiz')).toEqual([
      'tests/fixtures/duplicate-quiz/chapters/01-second-steps.mdx:27:1 quiz id "fixture-first" is already used in tests/fixtures/duplicate-quiz/chapters/00-first-steps.mdx:43; quiz ids must be unique across the course',
    ]);
  });

  it('names the quiz and question when a single-answer question has two correct choices', () => {
    expect(problemsIn('two-correct')).toEqual([
      'tests/fixtures/two-correct/chapters/00-first-steps.mdx:44:3 quiz "fixture-first" question "colour": a single-answer question needs exactly one correct choice, found 2',
    ]);
  });

  it('names the file and line of a malformed formula', () => {
    const problems = problemsIn('bad-formula');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^tests\/fixtures\/bad-formula\/chapters\/00-first-steps\.mdx:22:1 malformed formula: KaTeX parse error/);
  });
});
