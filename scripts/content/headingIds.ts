import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { createSlugger } from './slug.ts';

/** Remark plugin that gives `##`/`###` headings the same ids the content checker lists. */
export function remarkHeadingIds() {
  return (tree: Root) => {
    const slugger = createSlugger();
    visit(tree, 'heading', (node) => {
      if (node.depth !== 2 && node.depth !== 3) return;
      node.data = { ...node.data, hProperties: { id: slugger(toString(node)) } };
    });
  };
}
