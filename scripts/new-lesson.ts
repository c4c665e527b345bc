import { checkContent } from './content/checkContent.ts';
import { formatProblem } from './content/manifest.ts';
import { createLesson, NewLessonError, TRACKS, type Track } from './content/newLesson.ts';

/** What the command line asked for. */
interface Request {
  title: string;
  track: Track;
}

const USAGE = `usage: npm run new:lesson -- "Lesson title" [--track ${TRACKS.join('|')}]`;

/** Reads `"Title" [--track name]` (or `--track=name`) from the arguments. */
function parseArgs(args: string[]): Request {
  const words: string[] = [];
  let track = 'chapters';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--track') track = args[++i] ?? '';
    else if (arg.startsWith('--track=')) track = arg.slice('--track='.length);
    else if (arg.startsWith('--')) throw new NewLessonError(`unknown option ${arg}\n${USAGE}`);
    else words.push(arg);
  }
  if (words.length > 1) throw new NewLessonError(`put the title in quotes, e.g. "${words.join(' ')}"\n${USAGE}`);
  if (!(TRACKS as readonly string[]).includes(track)) throw new NewLessonError(`unknown track "${track}"; use one of ${TRACKS.join(', ')}`);
  return { title: words[0] ?? '', track: track as Track };
}

// `npm run new:lesson -- "Title"`: writes the next lesson of a track from the template and says where it went.
try {
  const { title, track } = parseArgs(process.argv.slice(2));
  const contentDir = process.env.LESSONS_DIR ?? 'content';
  const plan = createLesson(process.cwd(), contentDir, title, track);
  console.log(`Created ${plan.file}\nIt will appear at ${plan.route} (npm run dev, then open http://localhost:5173${plan.route}).`);
  const problems = checkContent(process.cwd(), contentDir).problems.filter((p) => p.file === plan.file);
  if (problems.length > 0) console.warn(`Check these before you start:\n${problems.map(formatProblem).join('\n')}`);
} catch (error) {
  if (!(error instanceof NewLessonError)) throw error;
  console.error(`new:lesson: ${error.message}`);
  process.exit(1);
}
