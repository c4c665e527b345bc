import type { Root } from 'mdast';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import { visit } from 'unist-util-visit';
import { where } from './jsx.ts';
import type { LocalProblem } from './quizRules.ts';

/** True for `{/* … *\/}`, the MDX comment, which renders nothing and runs nothing. */
function isComment(node: MdxFlowExpression | MdxTextExpression): boolean {
  const program = node.data?.estree;
  if (program) return program.body.length === 0 && (program.comments?.length ?? 0) > 0;
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
}

/** Line and column of a character offset in the source. */
function positionOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Reports what MDX would run as code in prose: `The small {epsilon} keeps…` compiles, then throws
 * "epsilon is not defined" in the reader's browser and the whole lesson fails. Lessons pass values only as props,
 * so every `{…}` outside a prop is a mistake, most often math written without dollars.
 */
export function checkProseExpressions(tree: Root, problems: LocalProblem[]): void {
  visit(tree, (node) => {
    if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return;
    if (isComment(node)) return;
    const code = node.value.trim();
    const shown = code.length > 30 ? `${code.slice(0, 27)}…` : code;
    problems.push({
      ...where(node),
      message: `{${shown}} in prose is run as code and stops the page; write math between dollars ($…$), or a literal brace as \\{`,
    });
  });
}

/**
 * Reports a `$` that opens no formula: remark-math leaves an unclosed `$x` as text, so the reader sees a stray dollar
 * and raw TeX. The raw source is read (not the text node's value) so that an escaped `\$`, a real dollar sign, passes.
 */
export function checkStrayDollars(tree: Root, source: string, problems: LocalProblem[]): void {
  visit(tree, 'text', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const raw = source.slice(start, end);
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] !== '$' || (i > 0 && raw[i - 1] === '\\')) continue;
      problems.push({
        ...positionOf(source, start + i),
        message: 'a $ opens a formula that never closes; end it with a second $ in the same paragraph, or write \\$ for a dollar sign',
      });
      return;
    }
  });
}
