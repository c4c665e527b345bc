import { lazySimulation } from '../../course/lazySimulation';

/** The Cross-attention simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./CrossAttention'), { minHeight: 921, label: 'Cross-attention simulation' });
