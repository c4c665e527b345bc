declare module 'virtual:lessons' {
  import type { ComponentType } from 'react';
  import type { LessonEntry } from '../scripts/content/manifest';

  /** Every lesson's manifest entry, ordered by track then order. */
  export const lessons: LessonEntry[];
  /** One lazy loader per lesson route; each lesson is its own chunk. */
  export const lessonLoaders: Record<string, () => Promise<{ default: ComponentType<{ components?: Record<string, unknown> }> }>>;
}
