import { lazySimulation } from '../../course/lazySimulation';

/** The Work with and without the cache simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./GenerationWork'), { minHeight: 753, label: 'Generation work simulation' });
