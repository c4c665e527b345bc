import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { checkContent } from '../../../scripts/content/checkContent';
import type { LessonEntry } from '../../../scripts/content/manifest';
import { parseLesson } from '../../../scripts/content/parseLesson';
import type { QuestionDetail } from '../../../scripts/content/quizRules';

/** A lesson of the built site with its questions and their answers, read from the MDX source. */
export interface TestLesson extends LessonEntry {
  questions: (QuestionDetail & { key: string })[];
}

/** The lessons the production build was made from (`LESSONS_DIR` when the build used fixture lessons). */
export function builtLessons(): TestLesson[] {
  const root = process.cwd();
  const { lessons, problems } = checkContent(root, process.env.LESSONS_DIR ?? 'content');
  if (problems.length > 0) throw new Error(`lesson content has problems; run npm run check:content`);
  return lessons.map((lesson) => ({
    ...lesson,
    questions: parseLesson(readFileSync(path.join(root, lesson.file), 'utf8')).quizzes.flatMap((quiz) =>
      quiz.details.map((detail) => ({ ...detail, key: `${quiz.id}/${detail.id}` })),
    ),
  }));
}

/** The fieldset of a question, found by its prompt as a screen reader would. */
export function questionGroup(page: Page, question: QuestionDetail): Locator {
  return page.getByRole('group', { name: question.prompt });
}

/** Picks choices of a question (the correct ones, or a wrong one) and checks the answer. */
export async function answerQuestion(page: Page, question: QuestionDetail, rightly: boolean): Promise<void> {
  const group = questionGroup(page, question);
  const wrong = question.labels.findIndex((_, i) => !question.correct.includes(i));
  const picks = rightly ? question.correct : [wrong];
  for (const i of picks) await group.getByLabel(question.labels[i], { exact: true }).check();
  await group.locator('xpath=ancestor::form').getByRole('button', { name: 'Check answer' }).click();
}

/** Waits until a lesson's body and every simulation on it have loaded. */
export async function waitForLesson(page: Page): Promise<void> {
  await page.getByText(/questions answered correctly\.$/).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.sim-loading'));
}
