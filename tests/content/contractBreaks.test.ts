import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/content/checkContent';
import { formatProblem } from '../../scripts/content/manifest';

// tests/fixtures/contract-breaks holds lessons that each break the lesson contract in known places; every rule of
// check:content not covered by its own fixture in checkContent.test.ts is tripped here and read as file:line:column.
let cached: string[] | undefined;
const breaks = () => (cached ??= checkContent(process.cwd(), 'tests/fixtures/contract-breaks').problems.map(formatProblem));

describe('check:content on lessons that break the contract', () => {
  it('names each block-level break: an imported platform block, a # heading, a reserved anchor, an unimported component, a bad callout kind, a stray choice and a repeated block', () => {
    expect(breaks().filter((p) => p.includes('/chapters/00-'))).toEqual([
      'tests/fixtures/contract-breaks/chapters/00-blocks-out-of-place.mdx:10:1 <Callout> comes from the platform; remove its import',
      'tests/fixtures/contract-breaks/chapters/00-blocks-out-of-place.mdx:12:1 use ## or ### for headings; the page title comes from the frontmatter',
      'tests/fixtures/contract-breaks/chapters/00-blocks-out-of-place.mdx:20:1 heading "Recap" takes the anchor of the <Recap> block; choose another title',
      'tests/fixtures/contract-breaks/chapters/00-blocks-out-of-place.mdx:22:1 <Unknown> is neither a platform block nor imported at the top of the lesson',
      'tests/fixtures/contract-breaks/chapters/00-blocks-out-of-place.mdx:24:1 <Callout> needs kind="insight", "note" or "warning"',
      'tests/fixtures/contract-breaks/chapters/00-blocks-out-of-place.mdx:28:1 <Choice> must sit inside <Question>',
      'tests/fixtures/contract-breaks/chapters/00-blocks-out-of-place.mdx:30:1 <Intro> appears more than once',
      'tests/fixtures/contract-breaks/chapters/00-blocks-out-of-place.mdx:30:1 <Intro> is out of order; the template is Intro, YouWillLearn, Recap, Quiz',
    ]);
  });

  it('names each quiz break: unknown attributes, prose in a quiz, {…} prompts, flags written as strings, markup in a choice, too few choices, repeated ids and no correct choice', () => {
    expect(breaks().filter((p) => p.includes('/chapters/01-'))).toEqual([
      'tests/fixtures/contract-breaks/chapters/01-quiz-breaks.mdx:21:1 quiz: unknown attribute "title"',
      'tests/fixtures/contract-breaks/chapters/01-quiz-breaks.mdx:22:3 quiz "contract-quiz": only <Question> elements belong here',
      'tests/fixtures/contract-breaks/chapters/01-quiz-breaks.mdx:23:3 quiz "contract-quiz" question "a": "prompt" must be a plain string, not {…}',
      'tests/fixtures/contract-breaks/chapters/01-quiz-breaks.mdx:23:3 quiz "contract-quiz" question "a": a single-answer question needs exactly one correct choice, found 0',
      'tests/fixtures/contract-breaks/chapters/01-quiz-breaks.mdx:24:5 quiz "contract-quiz" question "a": write "correct" as a bare flag',
      'tests/fixtures/contract-breaks/chapters/01-quiz-breaks.mdx:25:5 quiz "contract-quiz" question "a" choice: the choice text must be plain text on one line',
      'tests/fixtures/contract-breaks/chapters/01-quiz-breaks.mdx:27:3 quiz "contract-quiz" question "a": write "multiple" as a bare flag',
      'tests/fixtures/contract-breaks/chapters/01-quiz-breaks.mdx:27:3 quiz "contract-quiz" question "a": needs at least 2 choices',
      'tests/fixtures/contract-breaks/chapters/01-quiz-breaks.mdx:27:3 quiz "contract-quiz": question id "a" is used twice',
      'tests/fixtures/contract-breaks/chapters/01-quiz-breaks.mdx:30:3 quiz "contract-quiz" question "none": a "multiple" question needs at least one correct choice',
      'tests/fixtures/contract-breaks/chapters/01-quiz-breaks.mdx:32:5 quiz "contract-quiz" question "none" choice: unknown attribute "hint"',
      'tests/fixtures/contract-breaks/chapters/01-quiz-breaks.mdx:34:3 quiz "contract-quiz": <Callout> is not allowed; use <Question>',
    ]);
  });

  it('names a file whose name or order breaks the numbering', () => {
    expect(breaks().filter((p) => p.includes('/chapters/02-') || p.includes('/chapters/03-') || p.includes('/chapters/04-'))).toEqual([
      'tests/fixtures/contract-breaks/chapters/02-order-mismatch.mdx:1:1 frontmatter: field "order" is 5 but the file name starts with 02',
      'tests/fixtures/contract-breaks/chapters/03-second-three.mdx:1:1 order 3 is already taken by tests/fixtures/contract-breaks/chapters/03-first-three.mdx',
      'tests/fixtures/contract-breaks/chapters/04-Bad_Name.mdx:1:1 lesson file names look like NN-kebab-title.mdx',
    ]);
  });

  it('names a missing frontmatter, frontmatter YAML that does not parse, and an MDX syntax error at their line', () => {
    expect(breaks().filter((p) => p.includes('/chapters/05-') || p.includes('/chapters/06-') || p.includes('/chapters/07-'))).toEqual([
      'tests/fixtures/contract-breaks/chapters/05-no-frontmatter.mdx:1:1 frontmatter is missing (start the file with --- title: … ---)',
      'tests/fixtures/contract-breaks/chapters/06-bad-yaml.mdx:8:12 frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'tests/fixtures/contract-breaks/chapters/07-syntax-error.mdx:37:1 MDX syntax: Unexpected character `-` (U+002D) after name, expected a character that can start an attribute name, such as a letter, `$`, or `_`; whitespace before attributes; or the end of the tag',
    ]);
  });

  it('names template blocks out of order and a missing quiz', () => {
    expect(breaks().filter((p) => p.includes('/chapters/08-'))).toEqual([
      'tests/fixtures/contract-breaks/chapters/08-template-out-of-order.mdx:1:1 the lesson template needs a <Quiz> block',
      'tests/fixtures/contract-breaks/chapters/08-template-out-of-order.mdx:1:1 a lesson needs at least 3 quiz questions, found 0',
      'tests/fixtures/contract-breaks/chapters/08-template-out-of-order.mdx:15:1 <Intro> is out of order; the template is Intro, YouWillLearn, Recap, Quiz',
      'tests/fixtures/contract-breaks/chapters/08-template-out-of-order.mdx:19:1 <YouWillLearn> is out of order; the template is Intro, YouWillLearn, Recap, Quiz',
    ]);
  });

  it('reports nothing else', () => {
    expect(breaks()).toHaveLength(30);
  });
});
