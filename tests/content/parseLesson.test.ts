import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../scripts/content/parseLesson';

const frontmatter = `---
title: T
summary: S
order: 0
objectives:
  - One
  - Two
minutes: 3
---
`;

/** A lesson in the template with the given quiz body, so each test changes one thing. */
function lesson(quiz: string, extra = ''): string {
  return `${frontmatter}
<Intro>Hello.</Intro>

<YouWillLearn />

${extra}

<Recap>
- Point
</Recap>

${quiz}
`;
}

const goodQuestions = `
  <Question id="a" prompt="A?">
    <Choice correct explain="Yes.">Right</Choice>
    <Choice explain="No.">Wrong</Choice>
  </Question>
  <Question id="b" prompt="B?">
    <Choice explain="No.">Wrong</Choice>
    <Choice correct explain="Yes.">Right</Choice>
  </Question>
  <Question id="c" multiple prompt="C?">
    <Choice correct explain="Yes.">Right</Choice>
    <Choice correct explain="Yes.">Also right</Choice>
  </Question>`;

const messages = (source: string) => parseLesson(source).problems.map((p) => `${p.line}: ${p.message}`);

describe('checking one lesson', () => {
  it('accepts a lesson that follows the template', () => {
    expect(messages(lesson(`<Quiz id="q">${goodQuestions}\n</Quiz>`))).toEqual([]);
  });

  it('reports a missing frontmatter field and a wrong one, naming both', () => {
    const source = lesson(`<Quiz id="q">${goodQuestions}\n</Quiz>`).replace('minutes: 3\n', '').replace('title: T', 'title: 7');
    expect(messages(source)).toEqual([
      '2: frontmatter: field "title" must be text',
      '1: frontmatter: field "minutes" is missing',
    ]);
  });

  it('reports a choice without an explanation, naming the question', () => {
    const quiz = `<Quiz id="q">${goodQuestions.replace('<Choice explain="No.">Wrong</Choice>\n    <Choice correct explain="Yes.">Right</Choice>', '<Choice>Wrong</Choice>\n    <Choice correct explain="Yes.">Right</Choice>')}\n</Quiz>`;
    expect(messages(lesson(quiz))).toEqual(['27: quiz "q" question "b" choice: "explain" is missing or empty']);
  });

  it('reports a select-all question with no correct choice', () => {
    const none = goodQuestions.replace('<Choice correct explain="Yes.">Right</Choice>\n    <Choice correct explain="Yes.">Also right</Choice>', '<Choice explain="No.">Wrong</Choice>\n    <Choice explain="No.">Also wrong</Choice>');
    expect(messages(lesson(`<Quiz id="q">${none}\n</Quiz>`))).toEqual(['30: quiz "q" question "c": a "multiple" question needs at least one correct choice']);
  });

  it('reports a question id used twice within a quiz', () => {
    const source = lesson(`<Quiz id="q">${goodQuestions.replace('id="b"', 'id="a"')}\n</Quiz>`);
    expect(messages(source)).toEqual(['26: quiz "q": question id "a" is used twice']);
  });

  it('asks for at least three questions per lesson', () => {
    const two = goodQuestions.slice(0, goodQuestions.indexOf('  <Question id="c"'));
    expect(messages(lesson(`<Quiz id="q">${two}\n</Quiz>`))).toEqual(['1: a lesson needs at least 3 quiz questions, found 2']);
  });

  it('asks for the correct answer to move around when every single-answer question has it first', () => {
    const same = goodQuestions.replace('<Choice explain="No.">Wrong</Choice>\n    <Choice correct explain="Yes.">Right</Choice>', '<Choice correct explain="Yes.">Right</Choice>\n    <Choice explain="No.">Wrong</Choice>')
      .replace('<Question id="c" multiple', '<Question id="d" prompt="D?">\n    <Choice correct explain="Yes.">Right</Choice>\n    <Choice explain="No.">Wrong</Choice>\n  </Question>\n  <Question id="c" multiple');
    expect(messages(lesson(`<Quiz id="q">${same}\n</Quiz>`))).toEqual(['21: quiz "q": every single-answer question has its correct answer as choice 1; move some so a guess by position does not pay']);
  });

  it('reports repeated headings, which would share an anchor', () => {
    const source = lesson(`<Quiz id="q">${goodQuestions}\n</Quiz>`, '## Same title\n\nText.\n\n## Same title\n\nMore.');
    expect(messages(source)).toEqual(['19: heading "Same title" has the same anchor as the heading on line 15; headings must be unique']);
  });

  it('reports a heading that would take the anchor of a platform block', () => {
    const source = lesson(`<Quiz id="q">${goodQuestions}\n</Quiz>`, '## Recap');
    expect(messages(source)).toEqual(['15: heading "Recap" takes the anchor of the <Recap> block; choose another title']);
  });

  it('reports an import of a platform block, on the line of the import', () => {
    const source = lesson(`<Quiz id="q">${goodQuestions}\n</Quiz>`).replace('---\n\n<Intro>', "---\nimport { Recap } from './elsewhere'\n\n<Intro>");
    expect(messages(source)).toContain("10: <Recap> comes from the platform; remove its import");
  });

  it('reports a component that is neither a platform block nor imported', () => {
    const source = lesson(`<Quiz id="q">${goodQuestions}\n</Quiz>`, '<Mystery />');
    expect(messages(source)).toEqual(['15: <Mystery> is neither a platform block nor imported at the top of the lesson']);
  });

  it('reports template blocks that are missing or out of order', () => {
    const source = lesson(`<Quiz id="q">${goodQuestions}\n</Quiz>`).replace('<YouWillLearn />', '').replace('<Intro>Hello.</Intro>', '').replace('<Recap>', '<Intro>Late.</Intro>\n\n<Recap>');
    expect(messages(source)).toEqual(['1: the lesson template needs a <YouWillLearn> block']);
  });

  it('reports an unknown callout kind', () => {
    const source = lesson(`<Quiz id="q">${goodQuestions}\n</Quiz>`, '<Callout kind="tip">Hi</Callout>');
    expect(messages(source)).toEqual(['15: <Callout> needs kind="insight", "note" or "warning"']);
  });

  it('reports a quiz attribute written as an expression, since the checker cannot read it', () => {
    const source = lesson(`<Quiz id={"q"}>${goodQuestions}\n</Quiz>`);
    expect(messages(source)).toEqual(['21: quiz: "id" must be a plain string, not {…}', '1: a lesson needs at least 3 quiz questions, found 0']);
  });
});
