import { lazySimulation } from '../../course/lazySimulation';

/** The chain rule simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./ChainRule'), { minHeight: 500, label: 'Chain rule simulation' });
