import { lazySimulation } from '../../course/lazySimulation';

/** The Grouped-query memory simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./GroupedQuery'), { minHeight: 480, label: 'Grouped-query memory simulation' });
