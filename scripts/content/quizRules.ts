import type { LessonQuiz } from './manifest.ts';
import { attribute, attributeNames, isJsx, unravel, where, type JsxElement } from './jsx.ts';

/** A question as written: what end-to-end tests need to answer it (never shipped to the page). */
export interface QuestionDetail {
  id: string;
  prompt: string;
  multiple: boolean;
  labels: string[];
  correct: number[];
}

/** A problem located by line and column inside the lesson being checked. */
export interface LocalProblem {
  line: number;
  column: number;
  message: string;
}

const QUIZ_ATTRS = new Set(['id']);
const QUESTION_ATTRS = new Set(['id', 'prompt', 'multiple']);
const CHOICE_ATTRS = new Set(['correct', 'explain']);

/** Reads a required plain-string attribute, reporting a missing, empty or `{…}` value. */
function requiredString(el: JsxElement, name: string, label: string, problems: LocalProblem[]): string | null {
  const value = attribute(el, name);
  if (value.kind === 'string' && value.value.trim() !== '') return value.value.trim();
  const why = value.kind === 'expression' ? 'must be a plain string, not {…}' : 'is missing or empty';
  problems.push({ ...where(el), message: `${label}: "${name}" ${why}` });
  return null;
}

/** Reports attributes the contract does not know, so typos do not pass silently. */
function unknownAttributes(el: JsxElement, allowed: Set<string>, label: string, problems: LocalProblem[]): void {
  for (const name of attributeNames(el)) {
    if (!allowed.has(name)) problems.push({ ...where(el), message: `${label}: unknown attribute "${name}"` });
  }
}

/** Child JSX elements, reporting any prose between them (a quiz holds only its own blocks). */
function elementChildren(el: JsxElement, expected: string, label: string, problems: LocalProblem[]): JsxElement[] {
  const out: JsxElement[] = [];
  for (const child of unravel(el.children)) {
    if (isJsx(child)) out.push(child);
    else problems.push({ ...where(child), message: `${label}: only <${expected}> elements belong here` });
  }
  return out;
}

/** A Choice's label must be plain text on one line. */
function choiceText(choice: JsxElement, label: string, problems: LocalProblem[]): string {
  const parts = choice.children;
  const onlyText = parts.every((p) => p.type === 'text' || (p.type === 'paragraph' && p.children.every((c) => c.type === 'text')));
  const text = parts.map((p) => ('value' in p ? String(p.value) : p.type === 'paragraph' ? p.children.map((c) => ('value' in c ? c.value : '')).join('') : '')).join('');
  if (!onlyText || text.trim() === '' || text.includes('\n')) {
    problems.push({ ...where(choice), message: `${label}: the choice text must be plain text on one line` });
  }
  return text.trim();
}

/** Checks one `<Question>` against the contract and returns its id when it has one. */
function checkQuestion(q: JsxElement, quizId: string, problems: LocalProblem[]): QuestionDetail | null {
  unknownAttributes(q, QUESTION_ATTRS, `quiz "${quizId}" question`, problems);
  const id = requiredString(q, 'id', `quiz "${quizId}" question`, problems);
  const label = `quiz "${quizId}" question "${id ?? '?'}"`;
  const prompt = requiredString(q, 'prompt', label, problems) ?? '';
  const labels: string[] = [];
  const correctIndices: number[] = [];
  const multiple = attribute(q, 'multiple');
  if (multiple.kind === 'string' || multiple.kind === 'expression') {
    problems.push({ ...where(q), message: `${label}: write "multiple" as a bare flag` });
  }
  const choices = elementChildren(q, 'Choice', label, problems);
  let correct = 0;
  for (const choice of choices) {
    if (choice.name !== 'Choice') {
      problems.push({ ...where(choice), message: `${label}: <${choice.name ?? 'fragment'}> is not allowed; use <Choice>` });
      continue;
    }
    unknownAttributes(choice, CHOICE_ATTRS, `${label} choice`, problems);
    const flag = attribute(choice, 'correct');
    if (flag.kind === 'flag') {
      correct++;
      correctIndices.push(labels.length);
    }
    else if (flag.kind !== 'absent') problems.push({ ...where(choice), message: `${label}: write "correct" as a bare flag` });
    requiredString(choice, 'explain', `${label} choice`, problems);
    labels.push(choiceText(choice, `${label} choice`, problems));
  }
  if (choices.length < 2) problems.push({ ...where(q), message: `${label}: needs at least 2 choices` });
  if (multiple.kind === 'absent' && correct !== 1) {
    problems.push({ ...where(q), message: `${label}: a single-answer question needs exactly one correct choice, found ${correct}` });
  }
  if (multiple.kind === 'flag' && correct < 1) {
    problems.push({ ...where(q), message: `${label}: a "multiple" question needs at least one correct choice` });
  }
  return id === null ? null : { id, prompt, multiple: multiple.kind === 'flag', labels, correct: correctIndices };
}

/** Position of the single correct choice, or -1 when there is not exactly one. */
function correctPosition(q: JsxElement): number {
  const choices = unravel(q.children).filter(isJsx).filter((c) => c.name === 'Choice');
  const idx = choices.flatMap((c, i) => (attribute(c, 'correct').kind === 'flag' ? [i] : []));
  return idx.length === 1 ? idx[0] : -1;
}

/** Checks a `<Quiz>` element and returns what the manifest needs to know about it. */
export function checkQuiz(quiz: JsxElement, problems: LocalProblem[]): (LessonQuiz & { details: QuestionDetail[] }) | null {
  unknownAttributes(quiz, QUIZ_ATTRS, 'quiz', problems);
  const id = requiredString(quiz, 'id', 'quiz', problems);
  const quizId = id ?? '?';
  const questions: string[] = [];
  const details: QuestionDetail[] = [];
  const singlePositions: number[] = [];
  for (const q of elementChildren(quiz, 'Question', `quiz "${quizId}"`, problems)) {
    if (q.name !== 'Question') {
      problems.push({ ...where(q), message: `quiz "${quizId}": <${q.name ?? 'fragment'}> is not allowed; use <Question>` });
      continue;
    }
    const detail = checkQuestion(q, quizId, problems);
    if (detail === null) continue;
    const qid = detail.id;
    details.push(detail);
    if (questions.includes(qid)) problems.push({ ...where(q), message: `quiz "${quizId}": question id "${qid}" is used twice` });
    questions.push(qid);
    if (attribute(q, 'multiple').kind === 'absent') singlePositions.push(correctPosition(q));
  }
  const positions = new Set(singlePositions.filter((p) => p >= 0));
  if (singlePositions.length >= 3 && positions.size === 1) {
    const place = [...positions][0] + 1;
    problems.push({ ...where(quiz), message: `quiz "${quizId}": every single-answer question has its correct answer as choice ${place}; move some so a guess by position does not pay` });
  }
  return id === null ? null : { id, questions, details };
}
