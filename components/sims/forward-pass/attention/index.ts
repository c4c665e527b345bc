import { lazySimulation } from '../../../course/lazySimulation';

/** The forward pass's attention simulation (Q, K, V to h₁), loaded when its lesson renders. */
export default lazySimulation(() => import('./AttentionSim'), { minHeight: 1150, label: 'Attention simulation' });
