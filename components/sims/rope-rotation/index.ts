import { lazySimulation } from '../../course/lazySimulation';

/** The RoPE rotation simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./RopeRotation'), { minHeight: 760, label: 'RoPE rotation simulation' });
