import { BLOCK_PROPS, describeProps, simulationProps, type PropSpec } from '../../components/course/blockProps.ts';
import { where, type JsxElement } from './jsx.ts';
import { nearestName } from './nearest.ts';
import type { LocalProblem } from './quizRules.ts';

/** Blocks whose props are checked here; the quiz and exercise blocks check theirs with their own rules. */
const PLAIN_BLOCKS = ['Intro', 'YouWillLearn', 'Callout', 'Recap', 'Figure'];

/** The folder under components/sims an import path names, e.g. `forward-pass/attention`; null for anything else. */
export function simulationFolder(source: string): string | null {
  const match = /(?:^|\/)components\/sims\/([a-z0-9-]+(?:\/[a-z0-9-]+)?)(?:\/index(?:\.tsx?)?)?\/?$/.exec(source);
  return match ? match[1] : null;
}

/** Reports every prop the spec does not list, at the prop itself, with the nearest known name when it looks like a typo. */
function unknownProps(el: JsxElement, label: string, allowed: readonly PropSpec[], problems: LocalProblem[]): void {
  const names = allowed.map((p) => p.name);
  for (const attr of el.attributes) {
    const at = where(attr.position ? attr : el);
    if (attr.type !== 'mdxJsxAttribute') {
      problems.push({ ...at, message: `${label}: a {...spread} of props cannot be checked; write each prop` });
      continue;
    }
    if (names.includes(attr.name)) continue;
    if (allowed.length === 0) {
      problems.push({ ...at, message: `${label} takes no props; remove "${attr.name}"` });
      continue;
    }
    const near = nearestName(attr.name, names);
    const guess = near ? ` (did you mean "${near}"?)` : '';
    problems.push({ ...at, message: `${label}: unknown prop "${attr.name}"${guess}; it takes ${describeProps(allowed)}` });
  }
}

/**
 * Checks the props of a platform block or an imported simulation. `importSource` is where the element's name was
 * imported from, when it was imported; simulations outside components/sims (a test's own) are not checked.
 */
export function checkProps(el: JsxElement, importSource: string | undefined, problems: LocalProblem[]): void {
  const name = el.name ?? '';
  if (PLAIN_BLOCKS.includes(name)) {
    unknownProps(el, `<${name}>`, BLOCK_PROPS[name], problems);
    return;
  }
  const folder = importSource ? simulationFolder(importSource) : null;
  if (folder) unknownProps(el, `<${name}> (the ${folder} simulation)`, simulationProps(folder), problems);
}
