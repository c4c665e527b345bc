import { describe, expect, it } from 'vitest';
import { extractSections } from '../../../scripts/search/extractSections';

const lesson = `---
title: Softmax
summary: Scores become weights.
order: 1
objectives:
  - Write softmax
  - Keep it stable
minutes: 5
---

## Softmax by hand

Exponentials, then a division.

<Exercise id="softmax-search" check="softmax" title="Write softmax yourself">

Write \`softmax(logits)\` for scores in the thousands.

\`\`\`python starter
def softmax(logits):
    return []
\`\`\`

\`\`\`python solution
def softmax(logits):
    secret_top = max(logits)
\`\`\`

<Hint>Subtract the hidden maximum.</Hint>

</Exercise>
`;

describe('an exercise in the search index', () => {
  const section = extractSections(lesson, { title: 'Softmax', summary: 'Scores become weights.', objectives: ['Write softmax', 'Keep it stable'] } as never).find(
    (s) => s.anchor === 'softmax-by-hand',
  )!;

  it('is found by its title and task, in the section it sits in', () => {
    expect(section.text).toContain('Exercise: Write softmax yourself');
    expect(section.text).toContain('Write softmax(logits) for scores in the thousands.');
  });

  it('never gives away its solution or its hints', () => {
    expect(section.text).not.toContain('secret_top');
    expect(section.text).not.toContain('hidden maximum');
  });
});
