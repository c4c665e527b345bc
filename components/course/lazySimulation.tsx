import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** Options for a lazily loaded simulation. */
export interface LazySimulationOptions {
  /** Height reserved while the code loads, in CSS pixels, so the page does not jump. */
  minHeight: number;
  /** What the simulation is, for the loading and error messages. */
  label: string;
}

/** Shows a clear message instead of a blank space when a simulation's code cannot load or crashes. */
class SimulationBoundary extends Component<{ label: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" className="sim-error">
        The {this.props.label.toLowerCase()} could not be shown. Reload the page to try again.
      </p>
    );
  }
}

/**
 * Wraps a simulation's dynamic import so lessons load it only when they render, reserving its height meanwhile.
 * The default export of the imported module is the simulation component.
 */
export function lazySimulation<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  { minHeight, label }: LazySimulationOptions,
): ComponentType<P> {
  const Simulation = lazy(load);
  function LazySimulation(props: P) {
    return (
      <div className="sim-slot" style={{ minHeight }}>
        <SimulationBoundary label={label}>
          <Suspense
            fallback={
              <div className="sim-loading" style={{ minHeight }} role="status">
                Loading the {label.toLowerCase()}…
              </div>
            }
          >
            <Simulation {...props} />
          </Suspense>
        </SimulationBoundary>
      </div>
    );
  }
  LazySimulation.displayName = `Lazy(${label})`;
  return LazySimulation;
}
