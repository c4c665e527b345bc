import { lazySimulation } from '../../course/lazySimulation';

/** The Token similarity simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./TokenSimilarity'), { minHeight: 900, label: 'Token similarity simulation' });
