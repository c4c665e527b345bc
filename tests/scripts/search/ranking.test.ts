import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine, searchSections, type SearchEngine } from '../../../app/search/engine';
import { courseDocuments } from '../../../scripts/search/documents';

let engine: SearchEngine;
beforeAll(async () => {
  engine = await buildEngine(courseDocuments(process.cwd(), 'content'));
});

/** The first result for a query, as route#anchor with the heading it lands on (the lesson's title at its top). */
function best(query: string): string {
  const [first] = searchSections(engine, query);
  return `${first.route}#${first.anchor}`;
}

// What a student types, and where search must land on the real course: a section whose heading names the topic.
describe('search ranking on the course', () => {
  it.each([
    ['softmax', '/primer/probability#softmax'],
    ['induction head', '/chapters/what-makes-it-work#induction-heads'],
    ['causal mask', '/chapters/the-decoder-block#the-causal-mask'],
    ['layer norm', '/chapters/the-encoder-block#layernorm'],
    ['kv cache', '/chapters/kv-cache-and-inference#'],
    ['positional encoding', '/chapters/positional-encoding#'],
  ])('"%s" lands on %s', (query, where) => {
    expect(best(query)).toBe(where);
  });

  it('forgives a typo: "atention" lands on the top of a lesson titled with attention', () => {
    const [first] = searchSections(engine, 'atention');
    expect(first.anchor).toBe('');
    expect(first.route).toMatch(/attention/);
  });

  it('ranks every section whose heading matches above every section that only mentions the words', () => {
    const found = searchSections(engine, 'induction head');
    const headed = found.filter((s) => /induction/i.test(s.heading));
    expect(found.slice(0, headed.length)).toEqual(headed);
    expect(found.length).toBeGreaterThan(headed.length);
  });

  it('never lands on the objectives list, which is part of the top of its lesson', () => {
    for (const query of ['softmax', 'attention', 'gradient', 'mask']) {
      expect(searchSections(engine, query).every((s) => s.anchor !== 'you-will-learn')).toBe(true);
    }
  });

  it('finds a word run together in a heading from the two words typed apart', () => {
    expect(searchSections(engine, 'layer norm').slice(0, 2).every((s) => s.heading === 'LayerNorm' || s.anchor === '')).toBe(true);
  });
});
