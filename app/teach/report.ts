import type { LessonSummary } from '../../scripts/content/manifest';
import { lessonStatus, passedCount, type LessonStatus, type ProgressData } from '../stores/progressModel';
import type { Assignment } from './assignmentLink';
import { MAX_NAME_LENGTH, REPORT_FORMAT, REPORT_VERSION, type ProgressReport, type ReportLesson } from './reportSchema';

export { MAX_NAME_LENGTH, REPORT_FORMAT, REPORT_VERSION, reportSchema, type ProgressReport, type ReportLesson } from './reportSchema';

/** A name as typed, trimmed, with control characters removed and cut to the allowed length. */
export function cleanName(raw: string): string {
  return Array.from(raw.replace(/[\u0000-\u001f\u007f]/g, ' ').trim()).slice(0, MAX_NAME_LENGTH).join('').trim();
}

/** When a complete lesson was completed: the latest of its right answers and passed exercises (unknown without times). */
function completedAt(lesson: LessonSummary, data: ProgressData, status: LessonStatus): string | null {
  if (status !== 'complete') return null;
  const times = [...lesson.questionKeys.map((k) => data.answers[k]?.at ?? 0), ...lesson.exerciseKeys.map((id) => data.exercises[id]?.at ?? 0)];
  const latest = Math.max(0, ...times);
  return latest > 0 ? new Date(latest).toISOString() : null;
}

/** Each question's tries and first-try result; an answer saved before tries were kept has 0 tries, first try unknown. */
function questionLines(lesson: LessonSummary, data: ProgressData): ReportLesson['questions'] {
  return lesson.questionKeys.map((key) => {
    const attempts = data.attempts[key];
    if (attempts) return { key, tries: attempts.tries, firstTry: attempts.firstTry };
    return { key, tries: 0, firstTry: null };
  });
}

/** One lesson's line of a report, using the course's one definition of "complete". */
export function reportLesson(lesson: LessonSummary, data: ProgressData): ReportLesson {
  const status = lessonStatus(lesson, data);
  return {
    route: lesson.route,
    title: lesson.title,
    status,
    correct: lesson.questionKeys.filter((k) => data.answers[k]?.correct).length,
    total: lesson.questionKeys.length,
    exercisesPassed: passedCount(lesson.exerciseKeys, data),
    exercisesTotal: lesson.exerciseKeys.length,
    questions: questionLines(lesson, data),
    completedAt: completedAt(lesson, data, status),
  };
}

/** Builds a report of every lesson from saved progress, naming the assignments the student opened. */
export function buildReport(student: string, lessons: readonly LessonSummary[], data: ProgressData, now: number, assignments: readonly Assignment[] = []): ProgressReport {
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    student: cleanName(student),
    generatedAt: new Date(now).toISOString(),
    assignments: assignments.slice(0, 10).map(({ routes, title, due }) => ({ routes: [...routes], title, due })),
    lessons: lessons.map((lesson) => reportLesson(lesson, data)),
  };
}

/** A file name for a report: `progress-report-ada-lovelace-2026-11-23.json`. */
export function reportFileName(report: ProgressReport): string {
  const name = report.student.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'student';
  return `progress-report-${name}-${report.generatedAt.slice(0, 10)}.json`;
}
