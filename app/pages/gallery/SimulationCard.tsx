import { useId, useState } from 'react';
import { describeProps, simulationProps } from '../../../components/course/blockProps';
import type { GallerySimulation } from './simulations';

/** The anchor of a simulation's entry in the gallery. */
export function simulationAnchor(sim: GallerySimulation): string {
  return `sim-${sim.name.replace('/', '-')}`;
}

/** The MDX a lesson writes to use a simulation, with its example props when it has any. */
function usage(sim: GallerySimulation): string {
  const props = Object.entries(sim.props)
    .map(([key, value]) => ` ${key}={${JSON.stringify(value)}}`)
    .join('');
  return `import ${sim.componentName} from '${sim.importPath}'\n\n<${sim.componentName}${props} />`;
}

/**
 * One simulation: how to import it, and the live simulation once asked for. Showing them one at a time keeps
 * the page light; a simulation's code loads only when its button is pressed.
 */
export function SimulationCard({ sim }: { sim: GallerySimulation }) {
  const [shown, setShown] = useState(false);
  const regionId = useId();
  const { Component } = sim;
  return (
    <section className="gallery-item" aria-labelledby={simulationAnchor(sim)}>
      <h3 id={simulationAnchor(sim)}>{sim.label}</h3>
      <p className="gallery-meta">
        Folder <code>components/sims/{sim.name}</code>; props a lesson may pass: {describeProps(simulationProps(sim.name))}
        {Object.keys(sim.props).length === 0 ? '.' : ', shown with the props below.'}
      </p>
      <pre className="gallery-source">
        <code>{usage(sim)}</code>
      </pre>
      <button type="button" aria-expanded={shown} aria-controls={regionId} onClick={() => setShown((s) => !s)}>
        {shown ? `Hide the ${sim.label.toLowerCase()}` : `Show the ${sim.label.toLowerCase()}`}
      </button>
      <div id={regionId} className="gallery-live">
        {shown && <Component {...sim.props} />}
      </div>
    </section>
  );
}
