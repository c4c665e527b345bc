import type { ReactNode } from 'react';
import { Callout, Figure, Intro, Recap, YouWillLearn } from '../../../components/course/blocks';
import { Exercise, Hint } from '../../../components/course/exercise/blocks';
import { LessonContext } from '../../../components/course/LessonContext';
import { Choice } from '../../../components/course/quiz/Choice';
import { Question } from '../../../components/course/quiz/Question';
import { Quiz } from '../../../components/course/quiz/Quiz';

/** One structural block as a lesson writes it and as the reader sees it. */
export interface BlockExample {
  id: string;
  name: string;
  /** What the block takes, in a sentence. */
  props: string;
  /** The MDX an author writes. */
  source: string;
  example: () => ReactNode;
}

const GALLERY_STARTER = 'import math\n\ndef softmax(logits):\n    """Return positive weights that sum to 1."""\n    return []\n';
const GALLERY_SOLUTION =
  'import math\n\ndef softmax(logits):\n    top = max(logits)\n    exps = [math.exp(z - top) for z in logits]\n    return [e / sum(exps) for e in exps]\n';

const OBJECTIVES = ['Compute a dot product by hand', 'Explain why attention scores are scaled'];

/** Every block from the MDX component map, with the example the gallery renders (the quiz here saves nothing). */
export const blockExamples: BlockExample[] = [
  {
    id: 'block-intro',
    name: 'Intro',
    props: 'No props; its children are the opening paragraphs.',
    source: '<Intro>\nAttention lets each token decide which other tokens matter to it.\n</Intro>',
    example: () => <Intro><p>Attention lets each token decide which other tokens matter to it.</p></Intro>,
  },
  {
    id: 'block-you-will-learn',
    name: 'YouWillLearn',
    props: 'No props; it lists the objectives from the lesson’s frontmatter.',
    source: '<YouWillLearn />',
    example: () => (
      <LessonContext.Provider value={{ title: 'Gallery', objectives: OBJECTIVES }}>
        <YouWillLearn />
      </LessonContext.Provider>
    ),
  },
  ...(['insight', 'note', 'warning'] as const).map((kind) => ({
    id: `block-callout-${kind}`,
    name: `Callout kind="${kind}"`,
    props: 'kind: "insight", "note" or "warning" (required by the checker); title: optional text after the kind.',
    source: `<Callout kind="${kind}" title="Scores grow with width">\nDot products of wider vectors spread further, so softmax saturates unless they are scaled.\n</Callout>`,
    example: () => (
      <Callout kind={kind} title="Scores grow with width">
        <p>Dot products of wider vectors spread further, so softmax saturates unless they are scaled.</p>
      </Callout>
    ),
  })),
  {
    id: 'block-figure',
    name: 'Figure',
    props: 'caption: optional text under the picture; children: the picture, with its own text alternative.',
    source:
      '<Figure caption="Two vectors and the angle between them.">\n  ![Two arrows from the origin, 40 degrees apart](/figures/angle.svg)\n</Figure>',
    example: () => (
      <Figure caption="Two vectors and the angle between them.">
        <svg viewBox="0 0 160 90" width="160" height="90" role="img" aria-label="Two arrows from the origin, 40 degrees apart">
          <line x1="10" y1="80" x2="150" y2="80" stroke="currentColor" strokeWidth="3" />
          <line x1="10" y1="80" x2="102" y2="3" stroke="currentColor" strokeWidth="3" />
        </svg>
      </Figure>
    ),
  },
  {
    id: 'block-recap',
    name: 'Recap',
    props: 'No props; its children are a short list of what to remember.',
    source: '<Recap>\n- A dot product measures how much two vectors agree\n- Scaling by the square root of the width keeps softmax soft\n</Recap>',
    example: () => (
      <Recap>
        <ul>
          <li>A dot product measures how much two vectors agree</li>
          <li>Scaling by the square root of the width keeps softmax soft</li>
        </ul>
      </Recap>
    ),
  },
  {
    id: 'block-quiz',
    name: 'Quiz, Question and Choice',
    props:
      'Quiz: id (unique in the course). Question: id (unique in its quiz), prompt, and the bare flag multiple for select-all. Choice: explain (required), the bare flag correct; its text is plain, on one line.',
    source: `<Quiz id="gallery-sample">
  <Question id="scale" prompt="Why divide attention scores by the square root of the width?">
    <Choice explain="Scaling does not change which score is largest.">To change which token wins</Choice>
    <Choice correct explain="Unscaled scores grow with width and push softmax towards one-hot.">To keep softmax from saturating</Choice>
  </Question>
</Quiz>`,
    example: () => (
      <Quiz id="gallery-sample">
        <Question id="scale" prompt="Why divide attention scores by the square root of the width?">
          <Choice explain="Scaling does not change which score is largest.">To change which token wins</Choice>
          <Choice correct explain="Unscaled scores grow with width and push softmax towards one-hot.">
            To keep softmax from saturating
          </Choice>
        </Question>
      </Quiz>
    ),
  },
  {
    id: 'block-exercise',
    name: 'Exercise and Hint',
    props:
      'Exercise: id (unique in the course), check (a checker in components/course/exercise/checks/), title; children: the task in prose, one ```python starter and one ```python solution code block, and at least one <Hint>. Hint: no props; revealed one at a time.',
    source: `<Exercise id="gallery-softmax" check="softmax" title="Write softmax yourself">

Write \`softmax(logits)\`, stable for scores in the thousands.

\`\`\`python starter
import math

def softmax(logits):
    """Return positive weights that sum to 1."""
    return []
\`\`\`

\`\`\`python solution
import math

def softmax(logits):
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    return [e / sum(exps) for e in exps]
\`\`\`

<Hint>Subtract the largest score before taking exp.</Hint>

</Exercise>`,
    example: () => (
      <Exercise
        id="gallery-softmax"
        check="softmax"
        title="Write softmax yourself"
        starter={GALLERY_STARTER}
        solution={GALLERY_SOLUTION}
      >
        <p>
          Write <code>softmax(logits)</code>, stable for scores in the thousands.
        </p>
        <Hint>Subtract the largest score before taking exp.</Hint>
      </Exercise>
    ),
  },
];
