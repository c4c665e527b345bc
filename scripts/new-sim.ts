import { componentName, createSimulation, NewSimError } from './content/newSim.ts';

// `npm run new:sim -- name`: writes a simulation folder (index, component, styles) and its component test.
try {
  const args = process.argv.slice(2);
  if (args.length !== 1) throw new NewSimError('usage: npm run new:sim -- folder-name');
  const folder = args[0];
  const files = createSimulation(process.cwd(), folder);
  console.log(`Created:\n  ${files.join('\n  ')}
Use it in a lesson:
  import ${componentName(folder)} from '../../components/sims/${folder}'
  <${componentName(folder)} />
Then: npx vitest run tests/components/sims/${folder}.test.tsx, see it at /gallery (npm run dev),
and add its row to the table under "## Simulations" in docs/authoring.md (a test lists every folder).`);
} catch (error) {
  if (!(error instanceof NewSimError)) throw error;
  console.error(`new:sim: ${error.message}`);
  process.exit(1);
}
