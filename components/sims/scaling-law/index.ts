import { lazySimulation } from '../../course/lazySimulation';

/** The Scaling law simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./ScalingLaw'), { minHeight: 560, label: 'Scaling law simulation' });
