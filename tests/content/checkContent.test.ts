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

  it('asks for the correct answer to move when every single-answer question of a quiz has it in the same place', () => {
    expect(problemsIn('same-answer-position')).toEqual([
      'tests/fixtures/same-answer-position/chapters/00-first-steps.mdx:43:1 quiz "fixture-first": every single-answer question has its correct answer as choice 2; move some so a guess by position does not pay',
    ]);
  });

  it('names every choice whose explanation is missing or blank', () => {
    expect(problemsIn('unexplained-choice')).toEqual([
      'tests/fixtures/unexplained-choice/chapters/00-first-steps.mdx:47:5 quiz "fixture-first" question "colour" choice: "explain" is missing or empty',
      'tests/fixtures/unexplained-choice/chapters/00-first-steps.mdx:51:5 quiz "fixture-first" question "evens" choice: "explain" is missing or empty',
    ]);
  });

  it('names a heading whose anchor repeats an earlier heading of the same lesson', () => {
    expect(problemsIn('duplicate-heading')).toEqual([
      'tests/fixtures/duplicate-heading/chapters/00-first-steps.mdx:32:1 heading "Dot products" has the same anchor as the heading on line 18; headings must be unique',
    ]);
  });

  it('resolves internal links to lesson routes and heading anchors, and names each one that goes nowhere', () => {
    expect(problemsIn('broken-links')).toEqual([
      'tests/fixtures/broken-links/chapters/00-first-steps.mdx:37:24 link "/chapters/no-such-lesson" goes to /chapters/no-such-lesson, which is not a lesson or a page of the course',
      'tests/fixtures/broken-links/chapters/00-first-steps.mdx:38:1 link "/chapters/second-steps#no-such-heading": /chapters/second-steps has no heading with the anchor #no-such-heading; the anchors there are #only-section, #check-your-understanding',
      'tests/fixtures/broken-links/chapters/00-first-steps.mdx:38:74 link "./01-second-steps.mdx" points at a lesson file; link to its route /chapters/second-steps instead',
      'tests/fixtures/broken-links/chapters/00-first-steps.mdx:39:5 link "/chapter/second-steps" goes to /chapter/second-steps, which is not a lesson or a page of the course',
    ]);
  });

  it('names every markdown image and <img> without alt text', () => {
    expect(problemsIn('missing-alt')).toEqual([
      'tests/fixtures/missing-alt/chapters/00-first-steps.mdx:36:1 image needs alt text: write ![what the picture shows](…)',
      'tests/fixtures/missing-alt/chapters/00-first-steps.mdx:38:1 <img> needs alt text that says what the picture shows',
      'tests/fixtures/missing-alt/chapters/00-first-steps.mdx:41:3 <img> needs alt text that says what the picture shows',
    ]);
  });

  it('reports every broken exercise rule at its line, and a checker name that is a typo with its correction', () => {
    const file = 'tests/fixtures/bad-exercise/chapters/00-first-steps.mdx';
    expect(problemsIn('bad-exercise')).toEqual([
      `${file}:34:1 <Exercise>: unknown attribute "titel"; it takes id, check and title`,
      `${file}:34:1 <Exercise>: there is no checker "sofmax" in components/course/exercise/checks/; did you mean "softmax"?`,
      `${file}:34:1 <Exercise>: needs a \`\`\`python solution code block`,
      `${file}:34:1 <Exercise>: needs at least one <Hint>`,
      `${file}:45:1 <Exercise>: id "Ex_Two" must be lowercase words joined by hyphens`,
      `${file}:47:1 <Exercise>: code blocks here are \`\`\`python starter or \`\`\`python solution`,
      `${file}:56:1 <Exercise>: a second \`\`\`python starter block; write one of each`,
      `${file}:70:1 <Hint> must sit inside <Exercise>`,
      `${file}:88:1 exercise id "ex-three" is already used in ${file}:72; exercise ids must be unique across the course`,
    ]);
  });

  it('finds nothing wrong with the course itself', () => {
    expect(checkContent(root, 'content').problems.map(formatProblem)).toEqual([]);
  });
});
