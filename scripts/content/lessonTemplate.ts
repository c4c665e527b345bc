import YAML from 'yaml';

/** What the lesson template needs to know about the new lesson. */
export interface TemplateFields {
  title: string;
  order: number;
  quizId: string;
}

/** A YAML scalar for the frontmatter, quoted only when the text would otherwise change meaning. */
function yamlText(text: string): string {
  return YAML.stringify(text).trimEnd();
}

/**
 * The starting point of a new lesson: every block of the lesson contract, in order, with text that tells the author
 * what each part is for. It passes `npm run check:content` as written, so the author starts from a clean check and
 * every later message is about their own edits.
 */
export function lessonTemplate({ title, order, quizId }: TemplateFields): string {
  return `---
title: ${yamlText(title)}
summary: One sentence for the course page that says what a reader gains from this lesson.
order: ${order}
objectives:
  - Write two to five objectives, each a thing the reader can do after the lesson
  - Start each with a verb a reader could be tested on, such as compute, explain or predict
minutes: 10
---

<Intro>
Open with the question this lesson answers and why a reader who finished the previous lesson should care. Keep it to
one or two paragraphs; the objectives from the frontmatter appear right below this block.
</Intro>

<YouWillLearn />

## Name the first idea

Replace this section with the first idea of the lesson. Use \`##\` for sections and \`###\` inside them; each title
becomes an anchor (this one is \`#name-the-first-idea\`), so titles must differ within a lesson.

Formulas use KaTeX: inline as $q \\cdot k$ and on their own lines as

$$
q \\cdot k = \\sum_i q_i k_i
$$

To show a simulation, import it on the first line after the frontmatter, for example
\`import DotProductArrows from '../../components/sims/dot-product-arrows'\`, then place \`<DotProductArrows />\` where
the reader should try it. The author guide in docs/authoring.md lists every simulation and block.

<Callout kind="insight" title="What a callout is for">
A callout holds the one sentence a reader should not miss. Use kind insight for a key idea, note for an aside and
warning for a common mistake.
</Callout>

<Recap>
- Replace these points with what the reader should remember, one line each
- Every point should match an objective from the frontmatter
</Recap>

## Check your understanding

<Quiz id="${quizId}">
  <Question id="first-question" prompt="Which choice does a reader pick when the lesson has done its job?">
    <Choice explain="Each wrong choice should be a mistake a real reader makes, explained in a sentence.">A tempting wrong answer</Choice>
    <Choice correct explain="The right choice explains why it is right, not only that it is.">The right answer</Choice>
    <Choice explain="Explanations appear after the reader answers, so they can teach as well as judge.">Another wrong answer</Choice>
  </Question>
  <Question id="second-question" prompt="Where should the correct choice sit across a quiz?">
    <Choice correct explain="The checker fails a quiz whose single-answer questions all put the right choice in one position.">In a different position from question to question</Choice>
    <Choice explain="A reader would learn to guess by position instead of reading the choices.">Always in the same position</Choice>
  </Question>
  <Question id="third-question" multiple prompt="Which of these does every choice need? Select all that apply.">
    <Choice explain="A choice may be short; what matters is that it is plain text on one line.">At least ten words</Choice>
    <Choice correct explain="Text on one line, with no markup inside it.">Plain text on one line</Choice>
    <Choice correct explain="Every choice, right or wrong, says why in its explain attribute.">An explanation</Choice>
  </Question>
</Quiz>
`;
}
