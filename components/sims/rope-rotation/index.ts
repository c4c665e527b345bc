import { lazySimulation } from '../../course/lazySimulation';

/** The RoPE rotation simulation, loaded when its lesson renders. */
export default lazySimulation(() => import('./RopeRotation'), { minHeight: 650, label: 'RoPE rotation simulation' });
