import { lazySimulation } from '../../course/lazySimulation';

/** The Sinusoidal position encodings simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./SinusoidalHeatmap'), {
  minHeight: 1160,
  label: 'Sinusoidal position encodings simulation',
});
