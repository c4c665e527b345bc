import { z } from 'zod';

/** The `format` field of every progress report, so a stray JSON file is recognised as not one. */
export const REPORT_FORMAT = 'tfs-progress-report';
/** Version of the report shape: 2 adds exercises, tries per question and the student's assignments. */
export const REPORT_VERSION = 2;
/** Longest student name kept, in characters. */
export const MAX_NAME_LENGTH = 80;

const isoTime = z.iso.datetime({ offset: true, error: 'must be a date and time like 2026-11-23T15:30:00Z' });
const route = z.string().regex(/^\/[a-z0-9-]{1,60}\/[a-z0-9-]{1,100}$/, 'must be a lesson path like /chapters/training');
const count = z.number().int().min(0).max(1000);

const lessonV1 = {
  route,
  title: z.string().min(1).max(200),
  status: z.enum(['not-started', 'visited', 'complete']),
  correct: count,
  total: count,
  completedAt: isoTime.nullable(),
};

/** One question's attempts; null when its tries were not recorded (answered before the course kept them). */
const questionSchema = z.strictObject({
  key: z.string().min(1).max(200),
  tries: z.number().int().min(0).max(999),
  firstTry: z.boolean().nullable(),
});

const lessonRowSchema = z
  .strictObject({ ...lessonV1, exercisesPassed: count, exercisesTotal: count, questions: z.array(questionSchema).max(200) })
  .refine((row) => row.correct <= row.total, 'has more correct answers than questions')
  .refine((row) => row.exercisesPassed <= row.exercisesTotal, 'has more exercises passed than exercises');

/** An assignment the student opened: its lessons, title and due date, as its link named them. */
const assignmentSchema = z.strictObject({
  routes: z.array(route).min(1).max(500),
  title: z.string().max(120),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-12-01').nullable(),
});

/** The strict schema of a report file; unknown fields anywhere make it fail. */
export const reportSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  student: z.string().trim().min(1, 'is empty').max(MAX_NAME_LENGTH),
  generatedAt: isoTime,
  assignments: z.array(assignmentSchema).max(10),
  lessons: z.array(lessonRowSchema).max(500),
});

/** Version 1 reports: no exercises, tries or assignments. Read and upgraded, never written. */
export const reportV1Schema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(1),
  student: z.string().trim().min(1, 'is empty').max(MAX_NAME_LENGTH),
  generatedAt: isoTime,
  lessons: z.array(z.strictObject(lessonV1).refine((row) => row.correct <= row.total, 'has more correct answers than questions')).max(500),
});

/** A progress report: who, when, which assignments, and where they stand in each lesson. */
export type ProgressReport = z.infer<typeof reportSchema>;
/** One lesson's line in a report. */
export type ReportLesson = ProgressReport['lessons'][number];
/** An assignment named in a report. */
export type ReportAssignment = ProgressReport['assignments'][number];

/** A version 1 report in the current shape: no exercises (0 of 0), no tries known, no assignment. */
export function upgradeReportV1(v1: z.infer<typeof reportV1Schema>): ProgressReport {
  return { ...v1, version: REPORT_VERSION, assignments: [], lessons: v1.lessons.map((l) => ({ ...l, exercisesPassed: 0, exercisesTotal: 0, questions: [] })) };
}
