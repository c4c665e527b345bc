import type { ComponentType } from 'react';
import { simulationComponentName } from '../../../components/course/simulationName';

/** One simulation a lesson can import, found by looking for `components/sims/<name>/index.ts`. */
export interface GallerySimulation {
  /** Folder under components/sims, e.g. `attention-weights` or `forward-pass/attention`. */
  name: string;
  /** What a lesson writes after `import … from`, e.g. `../../components/sims/attention-weights`. */
  importPath: string;
  /** A component name for the import, e.g. `AttentionWeights`. */
  componentName: string;
  /** The label the simulation gives itself (its loading and error messages use it). */
  label: string;
  Component: ComponentType<Record<string, unknown>>;
  props: Record<string, unknown>;
}

// Each index.ts is only the lazy wrapper (a few hundred bytes); the simulation itself loads when it is shown.
const modules = import.meta.glob<{ default: ComponentType<Record<string, unknown>> }>(
  ['../../../components/sims/*/index.ts', '../../../components/sims/*/*/index.ts'],
  { eager: true },
);

/**
 * Props to show a simulation with, for one that needs them. Every simulation in the course today works without
 * props; a new one that requires some gets an entry here, keyed by its folder name, so the gallery can show it.
 */
export const EXAMPLE_PROPS: Record<string, Record<string, unknown>> = {};

/** The label from the wrapper's display name `Lazy(<label>)`, or the folder name when it has none. */
function labelOf(component: ComponentType<Record<string, unknown>>, name: string): string {
  const match = /^Lazy\((.+)\)$/.exec(component.displayName ?? '');
  return match ? match[1] : name;
}

/** Every simulation under components/sims, sorted by folder name. */
export const simulations: GallerySimulation[] = Object.entries(modules)
  .map(([file, mod]) => {
    const name = file.replace('../../../components/sims/', '').replace(/\/index\.ts$/, '');
    return {
      name,
      importPath: `../../components/sims/${name}`,
      componentName: simulationComponentName(name),
      label: labelOf(mod.default, name),
      Component: mod.default,
      props: EXAMPLE_PROPS[name] ?? {},
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));
