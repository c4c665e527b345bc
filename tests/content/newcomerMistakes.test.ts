import { describe, expect, it } from 'vitest';
import { BLOCK_PROPS } from '../../components/course/blockProps';
import { checkContent } from '../../scripts/content/checkContent';
import { checkFrontmatter } from '../../scripts/content/frontmatter';
import { formatProblem } from '../../scripts/content/manifest';
import { editDistance, nearestName } from '../../scripts/content/nearest';
import { STRUCTURAL_BLOCKS } from '../../scripts/content/parseLesson';

const problemsIn = (dir: string) => checkContent(process.cwd(), `tests/fixtures/${dir}`).problems.map(formatProblem);
const at = (dir: string, file = '00-first-steps.mdx') => `tests/fixtures/${dir}/chapters/${file}`;

// Mistakes a new author made that used to pass the checker and ship a broken or wrong page.
describe('the content checker catches what a newcomer gets wrong', () => {
  it('flags an expression in prose, which would throw in the reader’s browser, and lets a comment pass', () => {
    expect(problemsIn('prose-expression')).toEqual([
      `${at('prose-expression')}:34:11 {epsilon} in prose is run as code and stops the page; write math between dollars ($…$), or a literal brace as \\{`,
    ]);
  });

  it('flags a lowercase block, a misspelt prop, an unclosed $ and a prop a simulation does not take', () => {
    expect(problemsIn('silent-markup')).toEqual([
      `${at('silent-markup')}:29:25 <Callout>: unknown prop "titel" (did you mean "title"?); it takes kind (required), title`,
      `${at('silent-markup')}:35:1 <callout> renders as plain HTML, not the <Callout> block; names are case-sensitive, write <Callout>`,
      `${at('silent-markup')}:39:16 a $ opens a formula that never closes; end it with a second $ in the same paragraph, or write \\$ for a dollar sign`,
      `${at('silent-markup')}:41:11 <WhyScale> (the why-scale simulation) takes no props; remove "width"`,
    ]);
  });

  it('resolves imports beside the lesson and suggests the nearest path that exists', () => {
    expect(problemsIn('bad-import')).toEqual([
      `${at('bad-import')}:10:1 import "../../sims/countr" does not lead to a file; did you mean "../../sims/counter"?`,
      `${at('bad-import')}:11:1 import "../../../../components/sims/forward-pass/embedding" does not lead to a file; did you mean "../../../../components/sims/forward-pass/embeddings"?`,
    ]);
  });

  it('reports an MDX syntax error at its real line and column, and still lists the other lessons’ problems', () => {
    expect(problemsIn('mdx-syntax')).toEqual([
      `${at('mdx-syntax')}:28:1 MDX syntax: Expected a closing tag for \`<Callout>\``,
      `${at('mdx-syntax', '01-second-steps.mdx')}:8:1 frontmatter: field "minutes" must be greater than 0`,
    ]);
  });

  it('says to quote a frontmatter value that holds a colon', () => {
    expect(problemsIn('colon-title')).toEqual([
      `${at('colon-title')}:2:8 frontmatter: the value of "title" holds a colon, which YAML reads as a new key; quote the value: title: "First steps: reading a lesson"`,
    ]);
    // Any other YAML error keeps the parser's own reason.
    expect(checkFrontmatter('title: [unclosed\n', 2).problems[0].message).toMatch(/^frontmatter is not valid YAML: /);
  });

  it('suggests the anchor a near-miss link meant, on this page and on another, and lists the anchors there', () => {
    expect(problemsIn('near-anchor')).toEqual([
      `${at('near-anchor')}:34:25 link "#a-smaler-section": /chapters/first-steps has no heading with the anchor #a-smaler-section (did you mean #a-smaller-section?); the anchors there are #dot-products, #a-smaller-section, #check-your-understanding`,
      `${at('near-anchor')}:34:73 link "/chapters/second-steps#check-your-understandin": /chapters/second-steps has no heading with the anchor #check-your-understandin (did you mean #check-your-understanding?); the anchors there are #only-section, #check-your-understanding`,
    ]);
  });

  it('knows the props of exactly the blocks the platform provides', () => {
    expect(Object.keys(BLOCK_PROPS).sort()).toEqual([...STRUCTURAL_BLOCKS].sort());
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one step each', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('one-vector-at-time', 'one-vector-at-a-time')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests a name only when it is close enough to be a typo', () => {
    expect(nearestName('titel', ['title', 'kind'])).toBe('title');
    expect(nearestName('colour', ['title', 'kind'])).toBeNull();
  });
});
