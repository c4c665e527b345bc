import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkHeadingIds } from '../../scripts/content/headingIds';
import { remarkStrictMath } from '../../scripts/content/math';
import { parseLesson } from '../../scripts/content/parseLesson';

const compileLesson = (value: string) =>
  compile(new VFile({ path: 'content/chapters/09-x.mdx', value }), { remarkPlugins: [remarkMath, remarkStrictMath, remarkHeadingIds] });

describe('the MDX compile step', () => {
  it('stops on a malformed formula instead of rendering it in red, naming file and line', async () => {
    await expect(compileLesson('Text\n\nInline $\\frac{1}{$ here.')).rejects.toThrow(/content\/chapters\/09-x\.mdx:3:8 malformed formula/);
  });

  it('gives headings the ids the content checker lists, so anchors in the manifest exist on the page', async () => {
    const source = '## Why order matters?\n\n### Q · K, in words\n\n## Softmax $e^x$';
    const out = String(await compileLesson(source));
    const slugs = parseLesson(source).headings.map((h) => h.slug);
    expect(slugs).toEqual(['why-order-matters', 'q-k-in-words', 'softmax-ex']);
    for (const slug of slugs) expect(out).toContain(`id: "${slug}"`);
  });
});
