import { lazySimulation } from '../../course/lazySimulation';

/** The Causal mask simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./CausalMaskSim'), { minHeight: 573, label: 'Causal mask simulation' });
