import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { attribute, isJsx, where } from './jsx.ts';
import type { LocalProblem } from './quizRules.ts';

/** A link written in a lesson (markdown `[x](href)`, a link definition or `<a href>`), located for messages. */
export interface LessonLink {
  href: string;
  line: number;
  column: number;
}

/** Reports a missing or empty `alt` on `<img>`; a `{…}` expression cannot be read here and is left to review. */
function checkImgAlt(node: Parameters<typeof attribute>[0], problems: LocalProblem[]): void {
  const alt = attribute(node, 'alt');
  if (alt.kind === 'expression') return;
  if (alt.kind !== 'string' || alt.value.trim() === '') {
    problems.push({ ...where(node), message: '<img> needs alt text that says what the picture shows' });
  }
}

/**
 * Collects every link in a lesson so they can be resolved once all lessons are known, and reports images
 * without alt text: a reader who cannot see a picture must still get what it says.
 */
export function collectReferences(tree: Root, problems: LocalProblem[]): LessonLink[] {
  const links: LessonLink[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      links.push({ href: node.url, ...where(node) });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      if (!node.alt || node.alt.trim() === '') {
        problems.push({ ...where(node), message: 'image needs alt text: write ![what the picture shows](…)' });
      }
    } else if (isJsx(node) && node.name === 'img') {
      checkImgAlt(node, problems);
    } else if (isJsx(node) && node.name === 'a') {
      const href = attribute(node, 'href');
      if (href.kind === 'string') links.push({ href: href.value, ...where(node) });
    }
  });
  return links;
}
