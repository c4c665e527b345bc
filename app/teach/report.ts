import { z } from 'zod';
import type { LessonSummary } from '../../scripts/content/manifest';
import { lessonStatus, type LessonStatus, type ProgressData } from '../stores/progressModel';

/** The `format` field of every progress report, so a stray JSON file is recognised as not one. */
export const REPORT_FORMAT = 'tfs-progress-report';
/** Version of the report shape; bump it when the shape changes and teach the class view the old one. */
export const REPORT_VERSION = 1;
/** Longest student name kept, in characters. */
export const MAX_NAME_LENGTH = 80;

const isoTime = z.iso.datetime({ offset: true, error: 'must be a date and time like 2026-11-23T15:30:00Z' });

const lessonRowSchema = z
  .strictObject({
    route: z.string().regex(/^\/[a-z0-9-]{1,60}\/[a-z0-9-]{1,100}$/, 'must be a lesson path like /chapters/training'),
    title: z.string().min(1).max(200),
    status: z.enum(['not-started', 'visited', 'complete']),
    correct: z.number().int().min(0).max(1000),
    total: z.number().int().min(0).max(1000),
    completedAt: isoTime.nullable(),
  })
  .refine((row) => row.correct <= row.total, 'has more correct answers than questions');

/** The strict schema of a report file; unknown fields anywhere make it fail. */
export const reportSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  student: z.string().trim().min(1, 'is empty').max(MAX_NAME_LENGTH),
  generatedAt: isoTime,
  lessons: z.array(lessonRowSchema).max(500),
});

/** A progress report: who, when, and where they stand in each lesson. */
export type ProgressReport = z.infer<typeof reportSchema>;
/** One lesson's line in a report. */
export type ReportLesson = ProgressReport['lessons'][number];

/** A name as typed, trimmed, with control characters removed and cut to the allowed length. */
export function cleanName(raw: string): string {
  return Array.from(raw.replace(/[\u0000-\u001f\u007f]/g, ' ').trim()).slice(0, MAX_NAME_LENGTH).join('').trim();
}

/** When a complete lesson was completed: the latest of its right answers (unknown for answers saved without a time). */
function completedAt(lesson: LessonSummary, data: ProgressData, status: LessonStatus): string | null {
  if (status !== 'complete') return null;
  const latest = Math.max(...lesson.questionKeys.map((k) => data.answers[k]?.at ?? 0));
  return latest > 0 ? new Date(latest).toISOString() : null;
}

/** Builds a report of every lesson from saved progress, using the course's one definition of "complete". */
export function buildReport(student: string, lessons: readonly LessonSummary[], data: ProgressData, now: number): ProgressReport {
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    student: cleanName(student),
    generatedAt: new Date(now).toISOString(),
    lessons: lessons.map((lesson) => {
      const status = lessonStatus(lesson, data);
      return {
        route: lesson.route,
        title: lesson.title,
        status,
        correct: lesson.questionKeys.filter((k) => data.answers[k]?.correct).length,
        total: lesson.questionKeys.length,
        completedAt: completedAt(lesson, data, status),
      };
    }),
  };
}

/** A file name for a report: `progress-report-ada-lovelace-2026-11-23.json`. */
export function reportFileName(report: ProgressReport): string {
  const name = report.student.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'student';
  return `progress-report-${name}-${report.generatedAt.slice(0, 10)}.json`;
}
