import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { attribute, isJsx, unravel, type JsxElement } from '../content/jsx.ts';
import { createSlugger } from '../content/slug.ts';
import { formulaText } from './formulaText.ts';

/** A passage of a lesson that search can land on: the text under one heading, with that heading's anchor. */
export interface LessonSection {
  /** The heading's id on the page; empty for the top of the lesson (summary and introduction). */
  anchor: string;
  heading: string;
  /** Prose, formulas as plain text, callouts and quiz questions, in reading order, on one line. */
  text: string;
}

/** What the section extractor needs from the lesson's frontmatter. */
export interface LessonFront {
  summary: string;
  objectives: string[];
}

// The same parse as the content checker's, so headings are met in the same order and get the same anchors.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkMath);

/** Nodes that sit inside a line of text; every other container ends a word. */
const PHRASING = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);
/** Nodes with nothing a reader sees: frontmatter, imports and `{…}` expressions. */
const HIDDEN = new Set(['yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** The value of a plain-string attribute, or an empty string. */
function stringAttribute(element: JsxElement, name: string): string {
  const value = attribute(element, name);
  return value.kind === 'string' ? value.value : '';
}

/** A quiz as searchable text: each question's prompt followed by its choices. */
function quizText(quiz: JsxElement): string {
  return unravel(quiz.children)
    .filter((q): q is JsxElement => isJsx(q) && q.name === 'Question')
    .map((q) => {
      const choices = unravel(q.children)
        .filter((c) => isJsx(c) && c.name === 'Choice')
        .map((c) => toString(c).trim());
      return `${stringAttribute(q, 'prompt')} ${choices.join(' · ')}`;
    })
    .join(' ');
}

/**
 * Splits a lesson into searchable sections: its top (summary, introduction and objectives), one section per
 * `##`/`###` heading (anchored like the page's headings), and the recap. Quiz questions belong to the section
 * that holds the quiz.
 */
export function extractSections(source: string, front: LessonFront): LessonSection[] {
  const tree = parser.parse(source) as Root;
  const slugger = createSlugger();
  const sections: { anchor: string; heading: string; parts: string[] }[] = [];
  let current = { anchor: '', heading: '', parts: [front.summary, ' '] };
  sections.push(current);
  const start = (anchor: string, heading: string) => {
    current = { anchor, heading, parts: [] };
    sections.push(current);
  };
  const add = (text: string): void => {
    current.parts.push(text);
  };

  const walk = (node: Nodes): void => {
    if (HIDDEN.has(node.type)) return;
    if (node.type === 'heading') {
      const text = toString(node);
      if (node.depth === 2 || node.depth === 3) start(slugger(text), text);
      else add(` ${text} `);
      return;
    }
    if (node.type === 'text' || node.type === 'inlineCode') return add(node.value);
    if (node.type === 'code') return add(` ${node.value} `);
    if (node.type === 'inlineMath') return add(formulaText(node.value));
    if (node.type === 'math') return add(` ${formulaText(node.value)} `);
    if (node.type === 'image') return add(` ${node.alt ?? ''} `);
    if (node.type === 'break') return add(' ');
    if (isJsx(node)) {
      // The objectives count toward the top of the lesson: a list of what is taught elsewhere on the page is not
      // a place to land, and a match there must not outrank the section that does the teaching.
      if (node.name === 'YouWillLearn') return add(` ${front.objectives.join('. ')}. `);
      if (node.name === 'Quiz') return add(` ${quizText(node)} `);
      if (node.name === 'Exercise') {
        // The task is searchable; its code (above all the solution) and its hints are not.
        add(` Exercise: ${stringAttribute(node, 'title')} `);
        const isHint = (n: { type: string; name?: string | null }) => isJsx(n) && n.name === 'Hint';
        for (const child of node.children) {
          // A one-line <Hint> sits inside a paragraph of its own.
          const onlyHints = child.type === 'paragraph' && child.children.some(isHint) && child.children.every((c) => isHint(c) || (c.type === 'text' && c.value.trim() === ''));
          if (child.type !== 'code' && !isHint(child) && !onlyHints) walk(child as Nodes);
        }
        return add(' ');
      }
      if (node.name === 'Recap') start('recap', 'Recap');
      add(` ${stringAttribute(node, 'title')} ${stringAttribute(node, 'caption')} `);
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    if (!PHRASING.has(node.type)) add(' ');
  };
  walk(tree);

  return sections
    .map(({ anchor, heading, parts }) => ({ anchor, heading, text: parts.join('').replace(/\s+/g, ' ').trim() }))
    .filter((s) => s.heading !== '' || s.text !== '');
}
