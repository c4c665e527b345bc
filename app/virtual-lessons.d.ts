declare module 'virtual:lessons' {
  import type { ComponentType } from 'react';
  import type { LessonSummary } from '../scripts/content/manifest';

  /** Every lesson's summary, ordered by track then order. */
  export const lessons: LessonSummary[];
  /** One lazy loader per lesson route; each lesson is its own chunk. */
  export const lessonLoaders: Record<string, () => Promise<{ default: ComponentType<{ components?: Record<string, unknown> }> }>>;
}

declare module 'virtual:lesson-details' {
  import type { LessonDetails } from '../scripts/content/manifest';

  /** Objectives and headings of every lesson by route, for the lesson page. */
  export const lessonDetails: Record<string, LessonDetails>;
}
