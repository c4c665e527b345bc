import { lazySimulation } from '../../course/lazySimulation';

/** The Residual stream simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./ResidualBus'), { minHeight: 560, label: 'Residual stream simulation' });
