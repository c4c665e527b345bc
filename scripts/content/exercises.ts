import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { attribute, attributeNames, isJsx, unravel, where, type JsxElement } from './jsx.ts';
import { nearestName } from './nearest.ts';
import type { LocalProblem } from './quizRules.ts';

/** An exercise as written in a lesson: what the checker, the build and the tests need from it. */
export interface ExerciseDetail {
  id: string;
  check: string;
  title: string;
  starter: string;
  solution: string;
  hints: number;
  line: number;
  column: number;
}

const EXERCISE_ATTRS = new Set(['id', 'check', 'title']);
const CODE_ROLES = ['starter', 'solution'] as const;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The folder of checkers: one `<id>.ts` per checker, beside the Exercise block. */
export const CHECKS_DIR = 'components/course/exercise/checks';

/** Ids of the checkers that exist under `root`, read from the file names (the same files the app loads). */
export function checkerIds(root: string): Set<string> {
  const dir = path.resolve(root, CHECKS_DIR);
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3)));
}

/** A fenced code block's role inside an exercise: ```python starter or ```python solution. */
function codeRole(node: Code): (typeof CODE_ROLES)[number] | null {
  const role = (node.meta ?? '').trim();
  return node.lang === 'python' && (CODE_ROLES as readonly string[]).includes(role) ? (role as (typeof CODE_ROLES)[number]) : null;
}

/** Reads one `<Exercise>` element, reporting what is missing or wrong; null when it cannot be used. */
export function readExercise(el: JsxElement, knownCheckers: Set<string> | null, problems: LocalProblem[]): ExerciseDetail | null {
  const before = problems.length;
  const at = where(el);
  for (const name of attributeNames(el)) {
    if (!EXERCISE_ATTRS.has(name)) problems.push({ ...at, message: `<Exercise>: unknown attribute "${name}"; it takes id, check and title` });
  }
  const text = (name: string) => {
    const value = attribute(el, name);
    if (value.kind === 'string' && value.value.trim() !== '') return value.value.trim();
    problems.push({ ...at, message: `<Exercise>: "${name}" ${value.kind === 'expression' ? 'must be a plain string, not {…}' : 'is missing or empty'}` });
    return '';
  };
  const id = text('id');
  const check = text('check');
  const title = text('title');
  if (id && !ID_PATTERN.test(id)) problems.push({ ...at, message: `<Exercise>: id "${id}" must be lowercase words joined by hyphens` });
  if (check && knownCheckers && !knownCheckers.has(check)) {
    const near = nearestName(check, knownCheckers);
    const help = near ? `did you mean "${near}"?` : `the checkers are ${[...knownCheckers].sort().join(', ')}`;
    problems.push({ ...at, message: `<Exercise>: there is no checker "${check}" in ${CHECKS_DIR}/; ${help}` });
  }
  const code: Partial<Record<(typeof CODE_ROLES)[number], string>> = {};
  let hints = 0;
  for (const child of unravel(el.children)) {
    if (child.type === 'code') {
      const role = codeRole(child);
      if (!role) {
        problems.push({ ...where(child), message: '<Exercise>: code blocks here are ```python starter or ```python solution' });
      } else if (code[role] !== undefined) {
        problems.push({ ...where(child), message: `<Exercise>: a second \`\`\`python ${role} block; write one of each` });
      } else if (child.value.trim() === '') {
        problems.push({ ...where(child), message: `<Exercise>: the ${role} code is empty` });
      } else code[role] = child.value;
    } else if (isJsx(child) && child.name === 'Hint') {
      if (child.attributes.length > 0) problems.push({ ...where(child), message: '<Hint> takes no attributes; write the hint inside it' });
      if (child.children.length === 0) problems.push({ ...where(child), message: '<Hint> is empty' });
      hints += 1;
    } else if (isJsx(child) && /^[A-Z]/.test(child.name ?? '')) {
      problems.push({ ...where(child), message: `<Exercise>: <${child.name}> does not belong here; an exercise holds prose, code blocks and <Hint>s` });
    }
  }
  for (const role of CODE_ROLES) {
    if (code[role] === undefined && !problems.slice(before).some((p) => p.message.includes(`the ${role} code`))) {
      problems.push({ ...at, message: `<Exercise>: needs a \`\`\`python ${role} code block` });
    }
  }
  if (hints === 0) problems.push({ ...at, message: '<Exercise>: needs at least one <Hint>' });
  if (problems.length > before) return null;
  return { id, check, title, starter: code.starter!, solution: code.solution!, hints, ...at };
}

/** Reports a `<Hint>` outside an exercise, where it would have nothing to attach to. */
export function strayHint(el: JsxElement, problems: LocalProblem[]): void {
  problems.push({ ...where(el), message: '<Hint> must sit inside <Exercise>' });
}

/**
 * Remark plugin for the lesson build: moves each exercise's starter and solution code blocks into `starter` and
 * `solution` props, so authors write ordinary fenced code and the block receives plain strings.
 */
export function remarkExercises() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!isJsx(node) || node.name !== 'Exercise') return;
      node.children = node.children.filter((child) => {
        const role = child.type === 'code' ? codeRole(child) : null;
        if (child.type === 'code' && role) node.attributes.push({ type: 'mdxJsxAttribute', name: role, value: child.value });
        return !role;
      }) as typeof node.children;
      return 'skip';
    });
  };
}
