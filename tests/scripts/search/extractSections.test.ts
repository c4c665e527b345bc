import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../scripts/content/checkContent';
import { parseLesson } from '../../../scripts/content/parseLesson';
import { extractSections } from '../../../scripts/search/extractSections';
import { formulaText } from '../../../scripts/search/formulaText';

const lesson = `---
title: Attention
summary: Scores become weights.
order: 1
objectives:
  - Compute attention weights
  - Apply a mask
minutes: 5
---
import Widget from '../../components/sims/widget'

<Intro>
Attention mixes tokens.
</Intro>

<YouWillLearn />

## Scores

Each score is $q \\cdot k$, and **weights** come from *softmax*:

$$
w = \\text{softmax}\\!\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)
$$

<Widget value={2} />

<Callout kind="insight" title="Why scale">
Large scores saturate.
</Callout>

### Scores

A repeated heading gets a numbered anchor.

<Recap>
- Softmax turns scores into weights.
</Recap>

## Check your understanding

<Quiz id="q">
  <Question id="a" prompt="What does softmax return?">
    <Choice correct explain="They sum to 1.">Weights that sum to 1</Choice>
    <Choice explain="No.">Raw scores</Choice>
  </Question>
</Quiz>
`;

const front = { summary: 'Scores become weights.', objectives: ['Compute attention weights', 'Apply a mask'] };

describe('formula text', () => {
  it('keeps the words of a formula and drops its layout commands', () => {
    expect(formulaText('\\text{softmax}\\!\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right) V')).toBe('softmax(QKᵀ / √d_k) V');
  });

  it('names Greek letters and functions so they can be typed, and draws operators as symbols', () => {
    expect(formulaText('\\sigma(x) = \\frac{1}{1 + \\exp(-x)}')).toBe('sigma(x) = 1 / (1 + exp(-x))');
    expect(formulaText('a \\times b \\cdot c \\approx d')).toBe('a × b · c ≈ d');
  });

  it('reads fractions inline, inner ones first, with a many-term part in parentheses', () => {
    expect(formulaText('p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}')).toBe('p_i = e^z_i / (Σ _j e^z_j)');
    expect(formulaText('\\dfrac{\\frac{a}{b}}{c}')).toBe('(a / b) / c');
    expect(formulaText('\\frac{a}')).toBe('a');
  });

  it('drops environments and their row and column separators', () => {
    expect(formulaText('\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}')).toBe('1 2 3 4');
  });
});

describe('lesson sections', () => {
  const sections = extractSections(lesson, front);
  const byAnchor = (anchor: string) => sections.find((s) => s.anchor === anchor)!;

  it('splits a lesson at its headings, in order, with the anchors the page gives them', () => {
    expect(sections.map((s) => s.anchor)).toEqual(['', 'scores', 'scores-1', 'recap', 'check-your-understanding']);
    expect(byAnchor('scores-1').heading).toBe('Scores');
  });

  it('puts the summary, the introduction and the objectives at the top of the lesson, not in a section of their own', () => {
    expect(byAnchor('').text).toBe('Scores become weights. Attention mixes tokens. Compute attention weights. Apply a mask.');
    expect(sections.some((s) => s.heading === 'You will learn')).toBe(false);
  });

  it('keeps prose with its emphasis joined into words, inline and display formulas as plain text, and callouts', () => {
    const text = byAnchor('scores').text;
    expect(text).toContain('Each score is q · k, and weights come from softmax:');
    expect(text).toContain('w = softmax(QKᵀ / √d_k)');
    expect(text).toContain('Why scale Large scores saturate.');
  });

  it('leaves out imports, simulation tags and their expressions', () => {
    const all = sections.map((s) => s.text).join(' ');
    expect(all).not.toContain('import');
    expect(all).not.toContain('Widget');
    expect(all).not.toMatch(/value|\{2\}/);
  });

  it('files the recap under its own anchor and the quiz questions, prompt and choices, under the section that holds the quiz', () => {
    expect(byAnchor('recap').text).toBe('Softmax turns scores into weights.');
    expect(byAnchor('check-your-understanding').text).toBe('What does softmax return? Weights that sum to 1 · Raw scores');
  });
});

describe('sections of the course', () => {
  it('use exactly the heading anchors the content checker lists for every lesson', () => {
    const { lessons } = checkContent(process.cwd(), 'content');
    expect(lessons.length).toBeGreaterThan(0);
    for (const entry of lessons) {
      const source = readFileSync(entry.file, 'utf8');
      const anchors = extractSections(source, entry)
        .map((s) => s.anchor)
        .filter((a) => a !== '' && a !== 'recap');
      expect(anchors, entry.file).toEqual(parseLesson(source).headings.map((h) => h.slug));
    }
  });
});
