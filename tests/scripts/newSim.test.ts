import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { softmax } from '../../engine/softmax';
import { componentName, createSimulation, NewSimError, simulationFiles } from '../../scripts/content/newSim';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tfs-new-sim-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('new:sim', () => {
  it('writes the folder, component, index, styles and a component test', () => {
    expect(createSimulation(root, 'attention-budget')).toEqual([
      'components/sims/attention-budget/index.ts',
      'components/sims/attention-budget/AttentionBudget.tsx',
      'components/sims/attention-budget/attentionBudget.css',
      'tests/components/sims/attention-budget.test.tsx',
    ]);
    for (const file of readdirSync(path.join(root, 'components/sims/attention-budget'))) expect(file).toMatch(/^(index\.ts|AttentionBudget\.tsx|attentionBudget\.css)$/);
  });

  it('follows the house patterns: lazy index with a label, sim-frame, a shared control, numbers as <div><dt/><dd/></div>, engine math', () => {
    const files = simulationFiles('attention-budget', 'Attention budget simulation');
    expect(files['components/sims/attention-budget/index.ts']).toContain(
      "lazySimulation(() => import('./AttentionBudget'), { minHeight: 360, label: 'Attention budget simulation' })",
    );
    const component = files['components/sims/attention-budget/AttentionBudget.tsx'];
    expect(component).toContain('<figure className="sim-frame attention-budget">');
    expect(component).toContain("import RangeField from '../../ui/RangeField';");
    expect(component).toContain("import { softmax } from '../../../engine/softmax';");
    expect(component).toMatch(/<dl className="sim-numbers"[^>]*>[\s\S]*<div key=\{i\}>\s*<dt>[\s\S]*<\/dt>\s*<dd[^>]*>[\s\S]*<\/dd>\s*<\/div>/);
    expect(component).toContain('<figcaption>');
  });

  it('writes a test whose hand-worked numbers are what the engine computes', () => {
    const test = simulationFiles('attention-budget', 'Attention budget simulation')['tests/components/sims/attention-budget.test.tsx'];
    const at1 = softmax([2, 1, 0.1]);
    const at2 = softmax([2, 1, 0.1], { temperature: 2 });
    for (const value of [at1[0], at1[1], at1[2], at2[0], at2[2]]) expect(test).toContain(`'${value.toFixed(3)}'`);
  });

  it('names the component after the folder, as a lesson imports it', () => {
    expect(componentName('kv-cache-growth')).toBe('KvCacheGrowth');
    expect(componentName('softmax')).toBe('Softmax');
  });

  it('refuses a name that is not kebab-case, or one already taken, and writes nothing', () => {
    expect(() => createSimulation(root, 'Bad_Name')).toThrow(NewSimError);
    expect(() => createSimulation(root, 'Bad_Name')).toThrow('"Bad_Name" is not a simulation folder name; use lowercase words joined by hyphens, e.g. softmax-temperature');
    expect(existsSync(path.join(root, 'components'))).toBe(false);
    createSimulation(root, 'taken');
    expect(() => createSimulation(root, 'taken')).toThrow('components/sims/taken already exists; choose another name');
    expect(() => createSimulation(process.cwd(), 'head-cost')).toThrow('components/sims/head-cost already exists');
  });

  it('exits with code 1 and one line from the command line', () => {
    let failure: { status: number; stderr: Buffer } | null = null;
    try {
      execFileSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('scripts/new-sim.ts'), 'Not OK'], { cwd: root, stdio: 'pipe' });
    } catch (error) {
      failure = error as { status: number; stderr: Buffer };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr.toString().trim()).toBe('new:sim: "Not OK" is not a simulation folder name; use lowercase words joined by hyphens, e.g. softmax-temperature');
    expect(existsSync(path.join(root, 'components'))).toBe(false);
  });
});
