/** A `##` or `###` heading of a lesson, with the anchor it gets on the page. */
export interface LessonHeading {
  depth: 2 | 3;
  text: string;
  slug: string;
}

/** One quiz of a lesson and the ids of its questions, in order. */
export interface LessonQuiz {
  id: string;
  questions: string[];
}

/** What the app knows about a lesson without loading its body. */
export interface LessonEntry {
  /** Folder under content/, e.g. `chapters`. */
  track: string;
  /** File name without the `NN-` prefix and `.mdx`. */
  slug: string;
  /** URL path, e.g. `/chapters/what-is-a-sequence`. */
  route: string;
  /** Path from the project root, e.g. `content/chapters/00-what-is-a-sequence.mdx`. */
  file: string;
  title: string;
  summary: string;
  order: number;
  objectives: string[];
  minutes: number;
  headings: LessonHeading[];
  quizzes: LessonQuiz[];
  /** Progress keys `<quizId>/<questionId>` of every question in the lesson. */
  questionKeys: string[];
  /** Ids of the lesson's code exercises, in order; each must pass for the lesson to be complete. */
  exerciseKeys: string[];
}

/** What the course page, sidebar and progress rules need: the entry minus what only the lesson page shows. */
export type LessonSummary = Omit<LessonEntry, 'file' | 'objectives' | 'headings' | 'quizzes'>;

/** What only the lesson page needs; loaded with the lesson page, not with the course page. */
export type LessonDetails = Pick<LessonEntry, 'objectives' | 'headings'>;

/** Splits an entry into the part every page needs and the part only its lesson page needs. */
export function splitEntry({ file: _file, objectives, headings, quizzes: _quizzes, ...summary }: LessonEntry): {
  summary: LessonSummary;
  details: LessonDetails;
} {
  return { summary, details: { objectives, headings } };
}

/** One problem found in a lesson, located so an editor can jump to it. */
export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Formats a problem as `file:line:column message`, the shape editors and terminals link. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.message}`;
}
