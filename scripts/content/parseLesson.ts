import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { readExercise, strayHint, type ExerciseDetail } from './exercises.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { isJsx, unravel, where } from './jsx.ts';
import type { Frontmatter } from './schema.ts';
import type { LessonHeading, LessonQuiz } from './manifest.ts';
import type { LessonImport } from './imports.ts';
import { formulaError } from './math.ts';
import { nearestName } from './nearest.ts';
import { checkProps } from './props.ts';
import { checkProseExpressions, checkStrayDollars } from './prose.ts';
import { checkQuiz, type LocalProblem, type QuestionDetail } from './quizRules.ts';
import { collectReferences, type LessonLink } from './references.ts';
import { createSlugger, slugify } from './slug.ts';

/** Blocks the platform provides through the MDX component map; lessons use them without importing. */
export const STRUCTURAL_BLOCKS = ['Intro', 'YouWillLearn', 'Callout', 'Recap', 'Quiz', 'Question', 'Choice', 'Figure', 'Exercise', 'Hint'];
const TEMPLATE_ORDER = ['Intro', 'YouWillLearn', 'Recap', 'Quiz'];
const CALLOUT_KINDS = ['insight', 'note', 'warning'];

/** Everything learned from one lesson's source. */
export interface ParsedLesson {
  frontmatter: Frontmatter | null;
  headings: LessonHeading[];
  quizzes: (LessonQuiz & { line: number; column: number; details: QuestionDetail[] })[];
  /** Every `<Exercise>` that could be read, in order. */
  exercises: ExerciseDetail[];
  /** Every link in the lesson, resolved later against the whole course. */
  links: LessonLink[];
  /** Every import, resolved later against the files beside the lesson. */
  imports: LessonImport[];
  problems: LocalProblem[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkMath);

/** Names bound by the lesson's `import` statements, with the line and source of each import, and the imports. */
function readImports(tree: Root): { names: Map<string, { line: number; source: string }>; imports: LessonImport[] } {
  const names = new Map<string, { line: number; source: string }>();
  const imports: LessonImport[] = [];
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration') continue;
      const line = statement.loc?.start.line ?? where(node).line;
      const source = String(statement.source.value);
      imports.push({ source, line, column: (statement.loc?.start.column ?? 0) + 1 });
      for (const spec of statement.specifiers) names.set(spec.local.name, { line, source });
    }
  }
  return { names, imports };
}

/** An MDX syntax error's real place: some errors carry it only in `place` or as `(14:1-14:22)` in their reason. */
function syntaxErrorPlace(e: { line?: number; column?: number; reason?: string; place?: unknown }): { line: number; column: number } {
  if (e.line && e.column) return { line: e.line, column: e.column };
  const place = e.place as { line?: number; column?: number; start?: { line: number; column: number } } | undefined;
  if (place?.start) return { line: place.start.line, column: place.start.column };
  if (place?.line && place.column) return { line: place.line, column: place.column };
  const range = /\((\d+):(\d+)(?:-\d+:\d+)?\)\s*$/.exec(e.reason ?? '');
  return range ? { line: Number(range[1]), column: Number(range[2]) } : { line: 1, column: 1 };
}

/** Lowercase tags MDX leaves to HTML; a lowercase name that matches a block is a misspelt block instead. */
function misspeltBlock(name: string, known: string[]): string | null {
  const exact = known.find((k) => k.toLowerCase() === name.toLowerCase());
  if (exact && exact !== name) return exact;
  return /^[A-Z]/.test(name) ? nearestName(name, known) : null;
}

/** Anchors the platform's own blocks put on the page; a lesson heading must not take them. */
const RESERVED_ANCHORS: Record<string, string> = { 'you-will-learn': '<YouWillLearn>', recap: '<Recap>' };

/** What parsing may check against beyond the lesson itself. */
export interface ParseOptions {
  /** Ids of the exercise checkers that exist; null skips that check (e.g. a lesson previewed on its own). */
  checkers?: Set<string> | null;
}

/** Parses one lesson and checks it against the lesson contract (everything but cross-lesson rules). */
export function parseLesson(source: string, options: ParseOptions = {}): ParsedLesson {
  const problems: LocalProblem[] = [];
  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch (error) {
    const e = error as { message?: string; reason?: string; line?: number; column?: number; place?: unknown };
    const reason = (e.reason ?? e.message ?? '').replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, '');
    problems.push({ ...syntaxErrorPlace(e), message: `MDX syntax: ${reason}` });
    return { frontmatter: null, headings: [], quizzes: [], exercises: [], links: [], imports: [], problems };
  }

  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : null;
  const fm = checkFrontmatter(yamlNode ? yamlNode.value : null, (yamlNode?.position?.start.line ?? 0) + 1);
  problems.push(...fm.problems);

  const { names: imported, imports } = readImports(tree);
  for (const name of STRUCTURAL_BLOCKS) {
    const line = imported.get(name)?.line;
    if (line !== undefined) problems.push({ line, column: 1, message: `<${name}> comes from the platform; remove its import` });
  }
  const knownComponents = [...STRUCTURAL_BLOCKS, ...imported.keys()];
  checkProseExpressions(tree, problems);
  checkStrayDollars(tree, source, problems);

  const headings: LessonHeading[] = [];
  const slugger = createSlugger();
  const quizzes: ParsedLesson['quizzes'] = [];
  const exercises: ExerciseDetail[] = [];
  const seenSlugs = new Map<string, number>();
  visit(tree, (node) => {
    if (node.type === 'heading') {
      if (node.depth === 1) problems.push({ ...where(node), message: 'use ## or ### for headings; the page title comes from the frontmatter' });
      if (node.depth !== 2 && node.depth !== 3) return;
      const text = toString(node);
      const base = slugify(text);
      const first = seenSlugs.get(base);
      if (RESERVED_ANCHORS[base]) {
        problems.push({ ...where(node), message: `heading "${text}" takes the anchor of the ${RESERVED_ANCHORS[base]} block; choose another title` });
      } else if (first !== undefined) {
        problems.push({ ...where(node), message: `heading "${text}" has the same anchor as the heading on line ${first}; headings must be unique` });
      } else seenSlugs.set(base, where(node).line);
      const plain = slugger(text);
      headings.push({ depth: node.depth, text, slug: plain });
    }
    if (node.type === 'math' || node.type === 'inlineMath') {
      const error = formulaError(node.value, node.type === 'math');
      if (error) problems.push({ ...where(node), message: `malformed formula: ${error}` });
    }
    if (!isJsx(node) || !node.name) return;
    const name = node.name;
    if (!STRUCTURAL_BLOCKS.includes(name) && !imported.has(name.split('.')[0])) {
      const near = misspeltBlock(name, knownComponents);
      if (near && !/^[A-Z]/.test(name)) {
        problems.push({ ...where(node), message: `<${name}> renders as plain HTML, not the <${near}> block; names are case-sensitive, write <${near}>` });
      } else if (/^[A-Z]/.test(name)) {
        const guess = near ? ` (did you mean <${near}>?)` : '';
        problems.push({ ...where(node), message: `<${name}> is neither a platform block nor imported at the top of the lesson${guess}` });
      }
    }
    checkProps(node, imported.get(name)?.source, problems);
    if (name === 'Callout') {
      const kind = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'kind');
      if (!kind || typeof kind.value !== 'string' || !CALLOUT_KINDS.includes(kind.value)) {
        problems.push({ ...where(node), message: `<Callout> needs kind="insight", "note" or "warning"` });
      }
    }
    if (name === 'Quiz') {
      const quiz = checkQuiz(node, problems);
      if (quiz) quizzes.push({ ...quiz, ...where(node) });
      return 'skip';
    }
    if (name === 'Exercise') {
      const exercise = readExercise(node, options.checkers ?? null, problems);
      if (exercise) exercises.push(exercise);
      return 'skip';
    }
    if (name === 'Hint') strayHint(node, problems);
    if (name === 'Question' || name === 'Choice') {
      problems.push({ ...where(node), message: `<${name}> must sit inside ${name === 'Question' ? '<Quiz>' : '<Question>'}` });
    }
  });

  const links = collectReferences(tree, problems);
  checkTemplate(tree.children, problems);
  const questionCount = quizzes.reduce((n, q) => n + q.questions.length, 0);
  if (questionCount < 3) problems.push({ line: 1, column: 1, message: `a lesson needs at least 3 quiz questions, found ${questionCount}` });
  return { frontmatter: fm.data, headings, quizzes, exercises, links, imports, problems };
}

/** The lesson template: Intro, YouWillLearn, …sections…, Recap, Quiz, each once and in that order. */
function checkTemplate(children: RootContent[], problems: LocalProblem[]): void {
  const found = unravel(children).filter(isJsx).filter((n) => TEMPLATE_ORDER.includes(n.name ?? ''));
  let last = -1;
  for (const block of TEMPLATE_ORDER) {
    const hits = found.filter((n) => n.name === block);
    if (hits.length === 0) problems.push({ line: 1, column: 1, message: `the lesson template needs a <${block}> block` });
    if (block !== 'Quiz' && hits.length > 1) problems.push({ ...where(hits[1]), message: `<${block}> appears more than once` });
  }
  for (const node of found) {
    const rank = TEMPLATE_ORDER.indexOf(node.name ?? '');
    if (rank < last) problems.push({ ...where(node), message: `<${node.name}> is out of order; the template is ${TEMPLATE_ORDER.join(', ')}` });
    last = Math.max(last, rank);
  }
}
