import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simulationComponentName } from '../../components/course/simulationName.ts';

/** A mistake in what was asked for, reported as one line with exit code 1 and nothing written. */
export class NewSimError extends Error {}

/** Folder names of simulations: lowercase words joined by hyphens, e.g. `softmax-temperature`. */
const FOLDER_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** `softmax-temperature` becomes `SoftmaxTemperature`: the component's name, and the name a lesson imports it as. */
export const componentName = simulationComponentName;

/** `softmax-temperature` becomes "Softmax temperature simulation": the label its loading and error messages use. */
function simulationLabel(folder: string): string {
  const words = folder.replace(/-/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} simulation`;
}

/** `softmax-temperature` becomes `softmaxTemperature`: the stylesheet's file name. */
function camelName(folder: string): string {
  const pascal = componentName(folder);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** The files of a new simulation, by path from the project root. */
export function simulationFiles(folder: string, label: string): Record<string, string> {
  const name = componentName(folder);
  const dir = `components/sims/${folder}`;
  return {
    [`${dir}/index.ts`]: `import { lazySimulation } from '../../course/lazySimulation';

/** The ${label.toLowerCase()}, loaded when its lesson renders. */
export default lazySimulation(() => import('./${name}'), { minHeight: 360, label: '${label}' });
`,
    [`${dir}/${name}.tsx`]: `import { useState } from 'react';
import { softmax } from '../../../engine/softmax';
import RangeField from '../../ui/RangeField';
import './${camelName(folder)}.css';

/** The scores the figure starts from: every number it shows is computed from them by engine/, never typed in. */
const SCORES = [2, 1, 0.1];

/**
 * ${label}. It starts as a working example (softmax of three scores at a temperature) to change into what the
 * lesson needs: keep the frame, the labelled control, the numbers as a <dl> and the caption that says what to try.
 */
export default function ${name}() {
  const [temperature, setTemperature] = useState(1);
  const weights = softmax(SCORES, { temperature });
  return (
    <figure className="sim-frame ${folder}">
      <RangeField
        className="${folder}-field"
        label="Temperature"
        min={0.25}
        max={4}
        step={0.25}
        value={temperature}
        output={temperature.toFixed(2)}
        valueText={\`temperature \${temperature.toFixed(2)}\`}
        onChange={setTemperature}
      />
      <dl className="sim-numbers" aria-live="polite">
        {SCORES.map((score, i) => (
          <div key={i}>
            <dt>Weight of the score {score}</dt>
            <dd data-testid={\`weight-\${i}\`}>{weights[i].toFixed(3)}</dd>
          </div>
        ))}
      </dl>
      <figcaption>Raise the temperature and the weights even out; lower it and the largest score takes nearly all.</figcaption>
    </figure>
  );
}
`,
    [`${dir}/${camelName(folder)}.css`]: `/* ${label}: its own layout; the frame, caption and .sim-numbers grid come from the shared styles. */
.${folder}-field {
  display: grid;
  grid-template-columns: auto 1fr auto;
  gap: 0.75rem;
  align-items: center;
}
`,
    [`tests/components/sims/${folder}.test.tsx`]: `import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import ${name} from '../../../components/sims/${folder}/${name}';

afterEach(cleanup);

describe('${name}', () => {
  it('shows the softmax of 2, 1 and 0.1, worked out by hand: e² / (e² + e + e^0.1) = 0.659', () => {
    render(<${name} />);
    expect(screen.getByTestId('weight-0')).toHaveTextContent('0.659');
    expect(screen.getByTestId('weight-1')).toHaveTextContent('0.242');
    expect(screen.getByTestId('weight-2')).toHaveTextContent('0.099');
  });

  it('evens the weights out at temperature 2: e¹ / (e¹ + e^0.5 + e^0.05) = 0.502', () => {
    render(<${name} />);
    fireEvent.change(screen.getByLabelText('Temperature'), { target: { value: '2' } });
    expect(screen.getByTestId('weight-0')).toHaveTextContent('0.502');
    expect(screen.getByTestId('weight-2')).toHaveTextContent('0.194');
  });
});
`,
  };
}

/** Writes a new simulation under `root`, refusing a bad or taken name before writing anything; returns the files. */
export function createSimulation(root: string, folder: string): string[] {
  if (!FOLDER_NAME.test(folder)) {
    throw new NewSimError(`"${folder}" is not a simulation folder name; use lowercase words joined by hyphens, e.g. softmax-temperature`);
  }
  const files = simulationFiles(folder, simulationLabel(folder));
  const taken = Object.keys(files).filter((file) => existsSync(path.join(root, file)));
  if (existsSync(path.join(root, `components/sims/${folder}`)) || taken.length > 0) {
    throw new NewSimError(`components/sims/${folder} already exists; choose another name`);
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return Object.keys(files);
}
