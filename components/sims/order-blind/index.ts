import { lazySimulation } from '../../course/lazySimulation';

/** The Order-blind attention simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./OrderBlind'), { minHeight: 500, label: 'Order-blind attention simulation' });
