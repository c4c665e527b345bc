import katex from 'katex';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** Returns KaTeX's complaint about a formula, or null when it renders. */
export function formulaError(tex: string, displayMode: boolean): string | null {
  try {
    katex.renderToString(tex, { displayMode, throwOnError: true, strict: 'ignore' });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Remark plugin that fails the MDX compile on a malformed formula, naming file and line.
 * rehype-katex only warns and renders the error in red; a lesson must never ship that.
 */
export function remarkStrictMath() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'math' && node.type !== 'inlineMath') return;
      const problem = formulaError(node.value, node.type === 'math');
      if (!problem) return;
      const { line = 1, column = 1 } = node.position?.start ?? {};
      file.fail(`${file.path}:${line}:${column} malformed formula: ${problem}`, node);
    });
  };
}
