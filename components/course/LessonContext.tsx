import { createContext, useContext } from 'react';

/** What blocks inside a lesson may know about the lesson itself (from its frontmatter). */
export interface LessonInfo {
  title: string;
  objectives: string[];
}

/** Provides the current lesson's frontmatter to the blocks inside it. */
export const LessonContext = createContext<LessonInfo>({ title: '', objectives: [] });

/** The frontmatter of the lesson being rendered. */
export function useLesson(): LessonInfo {
  return useContext(LessonContext);
}
