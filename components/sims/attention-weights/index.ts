import { lazySimulation } from '../../course/lazySimulation';

/** The Compute attention weights simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./AttentionWeightsSim'), { minHeight: 720, label: 'Attention weights simulation' });
