import type { PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** An MDX JSX element in flow or text position. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** What an attribute holds: absent, a bare flag (`multiple`), a plain string, or a `{…}` expression. */
export type AttributeValue =
  | { kind: 'absent' }
  | { kind: 'flag' }
  | { kind: 'string'; value: string }
  | { kind: 'expression' };

/** Reads one attribute of a JSX element without evaluating anything. */
export function attribute(element: JsxElement, name: string): AttributeValue {
  for (const attr of element.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name !== name) continue;
    if (attr.value === null || attr.value === undefined) return { kind: 'flag' };
    if (typeof attr.value === 'string') return { kind: 'string', value: attr.value };
    return { kind: 'expression' };
  }
  return { kind: 'absent' };
}

/** Names of all attributes on an element (spreads are reported as `...`). */
export function attributeNames(element: JsxElement): string[] {
  return element.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : '...'));
}

/** True for nodes that are JSX elements (flow or text). */
export function isJsx(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Start line and column of a node, defaulting to the top of the file. */
export function where(node: { position?: { start: { line: number; column: number } } }): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Any node that can sit inside a JSX element or at the top of a lesson. */
export type Child = RootContent | PhrasingContent;

/** Replaces paragraphs that hold only JSX (and whitespace) with that JSX, as the MDX compiler does. */
export function unravel(children: readonly Child[]): Child[] {
  return children.flatMap((child): Child[] => {
    if (child.type !== 'paragraph') return [child];
    const inner = child.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    return inner.length > 0 && inner.every(isJsx) ? inner : [child];
  });
}
