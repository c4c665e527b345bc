import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../content/checkContent.ts';
import type { LessonEntry } from '../content/manifest.ts';
import { extractSections } from './extractSections.ts';
import type { SearchDocument } from './options.ts';

/** The search documents of some lessons: one per section, numbered in course order. */
export function lessonDocuments(root: string, lessons: readonly LessonEntry[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const lesson of lessons) {
    const source = readFileSync(path.join(root, lesson.file), 'utf8');
    for (const section of extractSections(source, lesson)) {
      documents.push({ id: documents.length, route: lesson.route, ...section, ...(section.anchor === '' ? { title: lesson.title } : {}) });
    }
  }
  return documents;
}

/**
 * Every section of every lesson under `contentDir`, found by the same discovery that makes the routes, so a new
 * lesson file is searchable with no other step. Lessons with problems are left to the content check to report.
 */
export function courseDocuments(root: string, contentDir: string): SearchDocument[] {
  return lessonDocuments(root, checkContent(root, contentDir).lessons);
}
