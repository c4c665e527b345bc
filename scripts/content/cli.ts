import { checkContent } from './checkContent.ts';
import { describeProblems } from './vitePlugin.ts';

// `npm run check:content`: checks every lesson and prints all problems as file:line:column lines.
const report = checkContent(process.cwd(), process.env.LESSONS_DIR ?? 'content');
if (report.problems.length > 0) {
  console.error(describeProblems(report));
  process.exit(1);
}
console.log(`Lesson content OK: ${report.lessons.length} lesson${report.lessons.length === 1 ? '' : 's'} checked.`);
