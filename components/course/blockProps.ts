/**
 * What a lesson may write on each platform block and each simulation. The gallery prints these lists beside its
 * examples and the content checker reports any other prop, so an author's typo (`titel=`) fails the check instead of
 * rendering wrong in silence. Plain data: the checker reads it in Node, the gallery in the browser.
 */

/** One prop a lesson may pass. */
export interface PropSpec {
  name: string;
  /** True when the block cannot work without it (the checker reports its absence where it knows the rule). */
  required?: boolean;
  /** What it does, in a few words. */
  about: string;
}

/** The props of every block from the MDX component map, by block name. */
export const BLOCK_PROPS: Record<string, readonly PropSpec[]> = {
  Intro: [],
  YouWillLearn: [],
  Callout: [
    { name: 'kind', required: true, about: '"insight", "note" or "warning"' },
    { name: 'title', about: 'optional text after the kind' },
  ],
  Recap: [],
  Figure: [{ name: 'caption', about: 'optional text under the picture' }],
  Quiz: [{ name: 'id', required: true, about: 'unique in the course' }],
  Question: [
    { name: 'id', required: true, about: 'unique in its quiz' },
    { name: 'prompt', required: true, about: 'the question, in quotes' },
    { name: 'multiple', about: 'bare flag: select all that apply' },
  ],
  Choice: [
    { name: 'correct', about: 'bare flag on each right answer' },
    { name: 'explain', required: true, about: 'why this choice is right or wrong' },
  ],
  Exercise: [
    { name: 'id', required: true, about: 'unique in the course' },
    { name: 'check', required: true, about: 'a checker in components/course/exercise/checks/' },
    { name: 'title', required: true, about: 'the task in a few words' },
  ],
  Hint: [],
};

/**
 * Props a simulation takes from a lesson, by its folder under components/sims. A folder not listed takes none: every
 * simulation computes what it shows from its own stated inputs.
 */
export const SIMULATION_PROPS: Record<string, readonly PropSpec[]> = {
  'training-preview': [{ name: 'createWorker', about: 'starts the training worker; tests pass a fake, lessons leave it out' }],
};

/** The props of a simulation folder (none for one not listed). */
export function simulationProps(folder: string): readonly PropSpec[] {
  return SIMULATION_PROPS[folder] ?? [];
}

/** "kind (required), title" or "no props": a prop list in one line, as the gallery and the checker's messages say it. */
export function describeProps(props: readonly PropSpec[]): string {
  if (props.length === 0) return 'no props';
  return props.map((p) => (p.required ? `${p.name} (required)` : p.name)).join(', ');
}
